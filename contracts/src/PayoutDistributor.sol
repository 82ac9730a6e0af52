// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title Payout distributor
/// @notice Records each sale (its id, the Merkle root of the bundle snapshot's
/// members and its total) as an event and in one running hash per epoch, and
/// commits all earnings as one cumulative Merkle root over (account,
/// cumulative cents), built as OpenZeppelin's StandardMerkleTree builds it:
/// gas per sale is a few thousand and does not depend on how many
/// contributors share it. Earnings are claimed, by anyone on an account's
/// behalf, as a non-transferable credit in US cents.
/// A bank cash-out of a custodial account burns exactly the cents paid out
/// (`claimAndRedeem`, by the redeemer), so an account's credit is always
/// what it claimed minus what it redeemed.
/// @dev Roles: the admin (meant for a multisig or timelock) grants roles and
/// unpauses; the operator commits; the redeemer redeems cash-outs; a pauser
/// stops commits, claims and redemptions. The
/// credit ever minted never exceeds the totals of the sales recorded, so a
/// root committed by a stolen operator key cannot pay out more than was sold.
contract PayoutDistributor is ERC20, AccessControl {
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");
    bytes32 public constant REDEEMER_ROLE = keccak256("REDEEMER_ROLE");

    bytes32 public cumulativeRoot; // over (account, cumulative cents earned)
    uint64 public epoch; // increases with every commit
    uint128 public totalCommittedCents; // sum of the totals of every sale recorded (same slot as epoch)
    bool public paused; // commits and claims stopped (same slot: a commit reads it for free)
    /// @notice The hash chain over every sale ever recorded, in order:
    /// h = keccak256(abi.encode(h, saleId, snapshotRoot, totalCents)) from 0.
    /// Anyone can recompute it from the SaleRecorded events; each
    /// RootCommitted event carries its value after that epoch.
    bytes32 public salesHash;
    mapping(address => uint256) public claimed; // cumulative cents already paid out
    mapping(address => uint256) public redeemed; // cumulative cents cashed out (burnt)
    uint256 public totalRedeemed; // every cent ever burnt: claims are bounded by supply + this
    /// @notice The cents each cash-out id redeemed (0: none), so a redemption sent twice burns once.
    mapping(bytes32 => uint256) public redemption;

    error LengthMismatch();
    error StaleEpoch(uint64 current, uint64 given);
    error InvalidProof();
    error NothingToClaim();
    error SupplyExceeded(uint256 committed, uint256 wouldMint);
    error NonTransferable();
    error EnforcedPause();
    error AlreadyRedeemed(bytes32 cashOutId);
    error InsufficientCredit(uint256 balance, uint256 amount);

    /// @notice A sale; the RootCommitted event of the same transaction names its epoch.
    event SaleRecorded(bytes32 indexed saleId, bytes32 snapshotRoot, uint256 totalCents);
    event RootCommitted(uint64 indexed epoch, bytes32 root, bytes32 salesHash);
    event Claimed(address indexed account, uint256 amount, uint256 cumulative);
    event ClaimSkipped(address indexed account, uint256 cumulative);
    event Redeemed(address indexed account, bytes32 indexed cashOutId, uint256 amount, uint256 cumulativeRedeemed);
    event Paused(address account);
    event Unpaused(address account);

    modifier whenNotPaused() {
        if (paused) revert EnforcedPause();
        _;
    }

    constructor(address admin, address operator, address redeemer)
        ERC20("RHD Earnings Credit (non-transferable, US cents)", "RHDCENT")
    {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);
        _grantRole(OPERATOR_ROLE, operator);
        _grantRole(REDEEMER_ROLE, redeemer);
    }

    /// @notice Amounts are cents.
    function decimals() public pure override returns (uint8) {
        return 2;
    }

    /// @notice Stops commits and claims.
    function pause() external onlyRole(PAUSER_ROLE) {
        paused = true;
        emit Paused(msg.sender);
    }

    /// @notice Resumes commits and claims; only the admin can.
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        paused = false;
        emit Unpaused(msg.sender);
    }

    /// @notice Records the sales of one interval and the new cumulative root, in one transaction.
    /// @param nextEpoch must be the current epoch + 1, so a replayed or reordered commit fails.
    function commit(
        bytes32[] calldata saleIds,
        bytes32[] calldata snapshotRoots,
        uint128[] calldata totals,
        bytes32 root,
        uint64 nextEpoch
    ) external onlyRole(OPERATOR_ROLE) whenNotPaused {
        if (nextEpoch != epoch + 1) revert StaleEpoch(epoch, nextEpoch);
        uint256 n = saleIds.length;
        if (snapshotRoots.length != n || totals.length != n) revert LengthMismatch();
        uint256 sum = totalCommittedCents;
        bytes32 h = salesHash;
        for (uint256 i = 0; i < n; ++i) {
            h = keccak256(abi.encode(h, saleIds[i], snapshotRoots[i], totals[i]));
            sum += totals[i];
            emit SaleRecorded(saleIds[i], snapshotRoots[i], totals[i]);
        }
        if (sum > type(uint128).max) revert LengthMismatch();
        salesHash = h;
        totalCommittedCents = uint128(sum);
        cumulativeRoot = root;
        epoch = nextEpoch;
        emit RootCommitted(nextEpoch, root, h);
    }

    /// @notice The leaf of (account, cumulative cents), as OpenZeppelin's StandardMerkleTree builds it.
    function leaf(address account, uint256 cumulative) public pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(account, cumulative))));
    }

    /// @notice Whether the proof shows `account` has earned `cumulative` cents in total.
    function verify(address account, uint256 cumulative, bytes32[] calldata proof) public view returns (bool) {
        return MerkleProof.verifyCalldata(proof, cumulativeRoot, leaf(account, cumulative));
    }

    /// @notice Pays out what the account earned since its last claim.
    function claim(address account, uint256 cumulative, bytes32[] calldata proof) external whenNotPaused {
        if (!verify(account, cumulative, proof)) revert InvalidProof();
        uint256 already = claimed[account];
        if (cumulative <= already) revert NothingToClaim();
        _pay(account, cumulative, already);
    }

    /// @notice Claims for many accounts in one transaction (the operator pays
    /// the gas). An entry already claimed (say, front-run) or whose proof does
    /// not hold against the root on chain now is skipped, not fatal.
    /// @return paid how many entries were paid.
    function claimBatch(address[] calldata accounts, uint256[] calldata cumulatives, bytes32[][] calldata proofs)
        external
        whenNotPaused
        returns (uint256 paid)
    {
        uint256 n = accounts.length;
        if (cumulatives.length != n || proofs.length != n) revert LengthMismatch();
        for (uint256 i = 0; i < n; ++i) {
            uint256 already = claimed[accounts[i]];
            if (cumulatives[i] <= already || !verify(accounts[i], cumulatives[i], proofs[i])) {
                emit ClaimSkipped(accounts[i], cumulatives[i]);
                continue;
            }
            _pay(accounts[i], cumulatives[i], already);
            ++paid;
        }
    }

    /// @notice Cashes out `amount` cents of a custodial account: first claims
    /// what the proof shows it earned, if that is more than it claimed (an
    /// invalid or stale proof claims nothing), then burns exactly `amount`.
    /// Reverts if the credit is short or `cashOutId` was redeemed already.
    function claimAndRedeem(
        address account,
        uint256 cumulative,
        bytes32[] calldata proof,
        uint256 amount,
        bytes32 cashOutId
    ) external onlyRole(REDEEMER_ROLE) whenNotPaused {
        if (redemption[cashOutId] != 0) revert AlreadyRedeemed(cashOutId);
        if (amount == 0) revert NothingToClaim();
        uint256 already = claimed[account];
        if (cumulative > already && verify(account, cumulative, proof)) _pay(account, cumulative, already);
        uint256 balance = balanceOf(account);
        if (amount > balance) revert InsufficientCredit(balance, amount);
        redemption[cashOutId] = amount;
        uint256 total = redeemed[account] + amount;
        redeemed[account] = total;
        totalRedeemed += amount;
        _burn(account, amount);
        emit Redeemed(account, cashOutId, amount, total);
    }

    function _pay(address account, uint256 cumulative, uint256 already) private {
        uint256 amount = cumulative - already;
        // Burnt credit was claimed once: it counts against the bound, or a
        // root from a stolen key could mint again what cash-outs burnt.
        uint256 minted = totalSupply() + totalRedeemed + amount;
        if (minted > totalCommittedCents) revert SupplyExceeded(totalCommittedCents, minted);
        claimed[account] = cumulative;
        _mint(account, amount);
        emit Claimed(account, amount, cumulative);
    }

    /// @dev The credit is minted and burnt only: it cannot be transferred (or mistaken for a stablecoin in a wallet).
    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0)) revert NonTransferable();
        super._update(from, to, value);
    }

    function supportsInterface(bytes4 id) public view override(AccessControl) returns (bool) {
        return super.supportsInterface(id);
    }
}

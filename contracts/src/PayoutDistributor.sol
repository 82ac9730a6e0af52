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
/// @dev Roles: the admin (meant for a multisig or timelock) grants roles and
/// unpauses; the operator commits; a pauser stops commits and claims. The
/// credit ever minted never exceeds the totals of the sales recorded, so a
/// root committed by a stolen operator key cannot pay out more than was sold.
contract PayoutDistributor is ERC20, AccessControl {
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

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

    error LengthMismatch();
    error StaleEpoch(uint64 current, uint64 given);
    error InvalidProof();
    error NothingToClaim();
    error SupplyExceeded(uint256 committed, uint256 wouldMint);
    error NonTransferable();
    error EnforcedPause();

    /// @notice A sale; the RootCommitted event of the same transaction names its epoch.
    event SaleRecorded(bytes32 indexed saleId, bytes32 snapshotRoot, uint256 totalCents);
    event RootCommitted(uint64 indexed epoch, bytes32 root, bytes32 salesHash);
    event Claimed(address indexed account, uint256 amount, uint256 cumulative);
    event ClaimSkipped(address indexed account, uint256 cumulative);
    event Paused(address account);
    event Unpaused(address account);

    modifier whenNotPaused() {
        if (paused) revert EnforcedPause();
        _;
    }

    constructor(address admin, address operator) ERC20("RHD Earnings Credit (non-transferable, US cents)", "RHDCENT") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);
        _grantRole(OPERATOR_ROLE, operator);
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

    function _pay(address account, uint256 cumulative, uint256 already) private {
        uint256 amount = cumulative - already;
        if (totalSupply() + amount > totalCommittedCents) revert SupplyExceeded(totalCommittedCents, totalSupply() + amount);
        claimed[account] = cumulative;
        _mint(account, amount);
        emit Claimed(account, amount, cumulative);
    }

    /// @dev The credit is minted only: it cannot be transferred (or mistaken for a stablecoin in a wallet).
    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0)) revert NonTransferable();
        super._update(from, to, value);
    }

    function supportsInterface(bytes4 id) public view override(AccessControl) returns (bool) {
        return super.supportsInterface(id);
    }
}

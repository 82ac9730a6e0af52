// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title Payout distributor
/// @notice Records each sale (its id, the Merkle root of the bundle snapshot's
/// members and its total) and commits all earnings as one cumulative Merkle
/// root over (account, cumulative cents): gas per sale does not depend on how
/// many contributors share it. Earnings are claimed, by anyone on an
/// account's behalf, as an ERC-20 credit in US cents.
contract PayoutDistributor is ERC20, AccessControl {
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");

    struct Sale {
        bytes32 snapshotRoot;
        uint128 totalCents;
        uint64 epoch;
    }

    bytes32 public cumulativeRoot; // over (account, cumulative cents earned)
    uint64 public epoch; // increases with every commit
    mapping(bytes32 => Sale) public sales;
    mapping(address => uint256) public claimed; // cumulative cents already paid out

    error SaleExists(bytes32 saleId);
    error LengthMismatch();
    error StaleEpoch(uint64 current, uint64 given);
    error InvalidProof();
    error NothingToClaim();

    event SaleRecorded(bytes32 indexed saleId, bytes32 snapshotRoot, uint256 totalCents, uint64 epoch);
    event RootCommitted(uint64 indexed epoch, bytes32 root);
    event Claimed(address indexed account, uint256 amount, uint256 cumulative);

    constructor(address admin) ERC20("RHD Research Earnings", "USDc") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(OPERATOR_ROLE, admin);
    }

    /// @notice Amounts are cents.
    function decimals() public pure override returns (uint8) {
        return 2;
    }

    /// @notice Records the sales of one interval and the new cumulative root, in one transaction.
    /// @param nextEpoch must be the current epoch + 1, so a replayed or reordered commit fails.
    function commit(
        bytes32[] calldata saleIds,
        bytes32[] calldata snapshotRoots,
        uint128[] calldata totals,
        bytes32 root,
        uint64 nextEpoch
    ) external onlyRole(OPERATOR_ROLE) {
        if (nextEpoch != epoch + 1) revert StaleEpoch(epoch, nextEpoch);
        uint256 n = saleIds.length;
        if (snapshotRoots.length != n || totals.length != n) revert LengthMismatch();
        for (uint256 i = 0; i < n; ++i) {
            if (sales[saleIds[i]].epoch != 0) revert SaleExists(saleIds[i]);
            sales[saleIds[i]] = Sale(snapshotRoots[i], totals[i], nextEpoch);
            emit SaleRecorded(saleIds[i], snapshotRoots[i], totals[i], nextEpoch);
        }
        cumulativeRoot = root;
        epoch = nextEpoch;
        emit RootCommitted(nextEpoch, root);
    }

    /// @notice The leaf of (account, cumulative cents), as OpenZeppelin's StandardMerkleTree builds it.
    function leaf(address account, uint256 cumulative) public pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(account, cumulative))));
    }

    /// @notice Whether the proof shows `account` has earned `cumulative` cents in total.
    function verify(address account, uint256 cumulative, bytes32[] calldata proof) external view returns (bool) {
        return MerkleProof.verifyCalldata(proof, cumulativeRoot, leaf(account, cumulative));
    }

    /// @notice Pays out what the account earned since its last claim.
    function claim(address account, uint256 cumulative, bytes32[] calldata proof) public {
        if (!MerkleProof.verifyCalldata(proof, cumulativeRoot, leaf(account, cumulative))) revert InvalidProof();
        uint256 already = claimed[account];
        if (cumulative <= already) revert NothingToClaim();
        claimed[account] = cumulative;
        _mint(account, cumulative - already);
        emit Claimed(account, cumulative - already, cumulative);
    }

    /// @notice Claims for many accounts in one transaction (the operator pays the gas).
    function claimBatch(address[] calldata accounts, uint256[] calldata cumulatives, bytes32[][] calldata proofs) external {
        uint256 n = accounts.length;
        if (cumulatives.length != n || proofs.length != n) revert LengthMismatch();
        for (uint256 i = 0; i < n; ++i) {
            claim(accounts[i], cumulatives[i], proofs[i]);
        }
    }

    function supportsInterface(bytes4 id) public view override(AccessControl) returns (bool) {
        return super.supportsInterface(id);
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title Contribution records
/// @notice One non-transferable token per contributor per contribution batch
/// (a device's day of readings, or an upload). Each token commits to the
/// Merkle root of the batch's readings, so anyone can check that a reading
/// belongs to it.
contract ContributionRecords is ERC721, AccessControl {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    struct Record {
        bytes32 root; // Merkle root of the batch's readings
        uint64 samples; // samples in the batch
        uint64 fromTime; // first reading, Unix seconds
        uint64 toTime; // last reading, Unix seconds
    }

    mapping(uint256 => Record) private _records;
    uint256 public totalMinted;

    error NonTransferable();
    error LengthMismatch();

    event RecordMinted(uint256 indexed tokenId, address indexed contributor, bytes32 root, uint64 samples);

    constructor(address admin) ERC721("RHD Contribution Record", "RHDREC") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(MINTER_ROLE, admin);
    }

    /// @notice Mints one record per entry, in one transaction.
    /// @return firstId the id of the first token minted; the rest follow in order.
    function mintBatch(
        address[] calldata to,
        bytes32[] calldata roots,
        uint64[] calldata samples,
        uint64[] calldata fromTimes,
        uint64[] calldata toTimes
    ) external onlyRole(MINTER_ROLE) returns (uint256 firstId) {
        uint256 n = to.length;
        if (roots.length != n || samples.length != n || fromTimes.length != n || toTimes.length != n) revert LengthMismatch();
        firstId = totalMinted + 1;
        for (uint256 i = 0; i < n; ++i) {
            uint256 id = firstId + i;
            _records[id] = Record(roots[i], samples[i], fromTimes[i], toTimes[i]);
            _mint(to[i], id);
            emit RecordMinted(id, to[i], roots[i], samples[i]);
        }
        totalMinted = firstId + n - 1;
    }

    /// @notice The record a token stands for.
    function record(uint256 tokenId) external view returns (Record memory) {
        _requireOwned(tokenId);
        return _records[tokenId];
    }

    /// @notice Whether `leaf` (a reading's leaf hash) is part of the token's batch.
    function verifyReading(uint256 tokenId, bytes32 leaf, bytes32[] calldata proof) external view returns (bool) {
        _requireOwned(tokenId);
        return MerkleProof.verifyCalldata(proof, _records[tokenId].root, leaf);
    }

    /// @dev Records stay with the contributor: only minting is allowed.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address) {
        address from = _ownerOf(tokenId);
        if (from != address(0)) revert NonTransferable();
        return super._update(to, tokenId, auth);
    }

    function supportsInterface(bytes4 id) public view override(ERC721, AccessControl) returns (bool) {
        return super.supportsInterface(id);
    }
}

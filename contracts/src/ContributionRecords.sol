// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title Contribution records
/// @notice One soulbound (ERC-5192) token per device per hour of readings.
/// A token's id is its device-hour key, so the ERC-721 owner slot is also the
/// guard that records a device-hour at most once, whatever the minter sends.
/// Each token commits to the Merkle root (OpenZeppelin StandardMerkleTree) of
/// the hour's minute rollups, salted, so anyone shown a reading can check that
/// it belongs to it; sample counts and times stay off chain. The hour roots
/// are not stored per token: each mint batch stores one hash over its keys and
/// hour roots (computed here, not given by the minter) and emits both lists,
/// so a reading is checked against its batch's lists.
/// @dev Roles: the admin (meant for a multisig or timelock) grants roles and
/// unpauses; the minter mints; a pauser stops minting.
contract ContributionRecords is ERC721, AccessControl, Pausable {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice ERC-5192: the token is bound to its owner from minting on.
    event Locked(uint256 tokenId);

    /// @notice Whether a batch hash, keccak256(abi.encode(keys, hourRoots)), was minted.
    mapping(bytes32 => bool) public isBatch;
    uint256 public totalMinted;

    error NonTransferable();
    error LengthMismatch();
    error AlreadyRecorded(bytes32 key);

    /// @notice One mint batch: token i is uint256(keys[i]) and commits to hourRoots[i];
    /// `first` is the running number of its first record.
    event RecordsMinted(bytes32 indexed batch, uint256 first, bytes32[] keys, bytes32[] hourRoots);

    constructor(address admin, address minter) ERC721("RHD Contribution Record", "RHDREC") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);
        _grantRole(MINTER_ROLE, minter);
    }

    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _unpause();
    }

    /// @notice Mints one record per entry, in one transaction; reverts whole
    /// if any device-hour key is already recorded (so a batch signed twice
    /// mints once).
    /// @return batch the batch's hash, which verifyReading checks the lists against.
    function mintBatch(address[] calldata to, bytes32[] calldata keys, bytes32[] calldata hourRoots)
        external
        onlyRole(MINTER_ROLE)
        whenNotPaused
        returns (bytes32 batch)
    {
        uint256 n = to.length;
        if (keys.length != n || hourRoots.length != n) revert LengthMismatch();
        for (uint256 i = 0; i < n; ++i) {
            uint256 id = uint256(keys[i]);
            if (_ownerOf(id) != address(0)) revert AlreadyRecorded(keys[i]);
            _mint(to[i], id);
            emit Locked(id);
        }
        batch = keccak256(abi.encode(keys, hourRoots));
        isBatch[batch] = true;
        uint256 first = totalMinted + 1;
        totalMinted = first + n - 1;
        emit RecordsMinted(batch, first, keys, hourRoots);
    }

    /// @notice The token recording a device-hour key (0 if none).
    function tokenOf(bytes32 key) external view returns (uint256) {
        return _ownerOf(uint256(key)) == address(0) ? 0 : uint256(key);
    }

    /// @notice One minute rollup of a record, floats as their IEEE-754 bits.
    struct Reading {
        bytes32 salt; // the record's random salt (kept off chain with its readings)
        bytes32 metric; // keccak256 of the metric's name
        uint256 minuteMs;
        uint256 samples;
        uint256 sumBits;
        uint256 minBits;
        uint256 maxBits;
    }

    /// @notice The leaf of one minute rollup, as OpenZeppelin's StandardMerkleTree
    /// builds it: keccak256(keccak256(abi.encode(salt, metric, minuteMs, samples, sumBits, minBits, maxBits))).
    function readingLeaf(Reading calldata r) public pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(r.salt, r.metric, r.minuteMs, r.samples, r.sumBits, r.minBits, r.maxBits))));
    }

    /// @notice Whether a reading, given by its fields (never by a hash, which
    /// an inner node or the root would pass for), is part of the record
    /// keys[i] of the mint batch whose lists are keys and hourRoots (as its
    /// RecordsMinted event gave them).
    function verifyReading(
        bytes32[] calldata keys,
        bytes32[] calldata hourRoots,
        uint256 i,
        Reading calldata r,
        bytes32[] calldata proof
    ) external view returns (bool) {
        if (keys.length != hourRoots.length || i >= keys.length) revert LengthMismatch();
        if (!isBatch[keccak256(abi.encode(keys, hourRoots))]) return false;
        _requireOwned(uint256(keys[i]));
        return MerkleProof.verifyCalldata(proof, hourRoots[i], readingLeaf(r));
    }

    /// @notice ERC-5192: every record is locked to its owner.
    function locked(uint256 tokenId) external view returns (bool) {
        _requireOwned(tokenId);
        return true;
    }

    /// @dev Nothing to approve on a token that cannot move.
    function approve(address, uint256) public override {
        revert NonTransferable();
    }

    function setApprovalForAll(address, bool) public override {
        revert NonTransferable();
    }

    /// @dev Records stay with the contributor: only minting is allowed.
    function _update(address to, uint256 tokenId, address auth) internal override returns (address) {
        address from = _ownerOf(tokenId);
        if (from != address(0)) revert NonTransferable();
        return super._update(to, tokenId, auth);
    }

    function supportsInterface(bytes4 id) public view override(ERC721, AccessControl) returns (bool) {
        return id == 0xb45a3c0e || super.supportsInterface(id); // ERC-5192
    }
}

// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title Contribution records
/// @notice One soulbound (ERC-5192) token per device per hour of readings.
/// Each token commits to the Merkle root (OpenZeppelin StandardMerkleTree) of
/// the hour's minute rollups, salted, so anyone shown a reading can check that
/// it belongs to it; sample counts and times stay off chain. A device-hour is recorded at
/// most once, whatever the minter sends.
/// @dev Roles: the admin (meant for a multisig or timelock) grants roles and
/// unpauses; the minter mints; a pauser stops minting.
contract ContributionRecords is ERC721, AccessControl, Pausable {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice ERC-5192: the token is bound to its owner from minting on.
    event Locked(uint256 tokenId);

    mapping(uint256 => bytes32) private _roots; // token => Merkle root of its readings
    /// @notice The token recording a device-hour key (0 if none).
    mapping(bytes32 => uint256) public tokenOf;
    uint256 public totalMinted;

    error NonTransferable();
    error LengthMismatch();
    error AlreadyRecorded(bytes32 key, uint256 tokenId);

    event RecordMinted(uint256 indexed tokenId, address indexed contributor, bytes32 indexed key, bytes32 root);

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
    /// @return firstId the id of the first token minted; the rest follow in order.
    function mintBatch(address[] calldata to, bytes32[] calldata keys, bytes32[] calldata roots)
        external
        onlyRole(MINTER_ROLE)
        whenNotPaused
        returns (uint256 firstId)
    {
        uint256 n = to.length;
        if (keys.length != n || roots.length != n) revert LengthMismatch();
        firstId = totalMinted + 1;
        for (uint256 i = 0; i < n; ++i) {
            uint256 id = firstId + i;
            if (tokenOf[keys[i]] != 0) revert AlreadyRecorded(keys[i], tokenOf[keys[i]]);
            tokenOf[keys[i]] = id;
            _roots[id] = roots[i];
            _mint(to[i], id);
            emit Locked(id);
            emit RecordMinted(id, to[i], keys[i], roots[i]);
        }
        totalMinted = firstId + n - 1;
    }

    /// @notice The Merkle root of the token's readings.
    function root(uint256 tokenId) external view returns (bytes32) {
        _requireOwned(tokenId);
        return _roots[tokenId];
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
    /// an inner node or the root would pass for), is part of the token's hour.
    function verifyReading(uint256 tokenId, Reading calldata r, bytes32[] calldata proof) external view returns (bool) {
        _requireOwned(tokenId);
        return MerkleProof.verifyCalldata(proof, _roots[tokenId], readingLeaf(r));
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

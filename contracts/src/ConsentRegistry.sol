// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title Consent registry
/// @notice Contributors grant and revoke consent for a scope under a terms
/// version by signing (EIP-712) with their key; anyone may relay a valid
/// signature and pay for it. Anyone can read a subject's state and history.
/// @dev What an entry proves: the key of `subject` signed this decision,
/// stating when it was taken (`actedAt`) and whether the key is held by the
/// platform on the contributor's behalf (`custodial`). For a custodial key
/// the signature is the platform's word that the contributor acted, no more.
contract ConsentRegistry is EIP712 {
    bytes32 public constant CONSENT_TYPEHASH = keccak256(
        "Consent(address subject,bytes32 scope,uint32 termsVersion,bool granted,uint64 actedAt,bool custodial,uint256 nonce,uint256 deadline)"
    );

    /// @notice How far a decision's time may be ahead of the chain's clock.
    uint64 public constant MAX_CLOCK_SKEW = 15 minutes;

    /// @notice A signed decision.
    struct Consent {
        address subject;
        bytes32 scope;
        uint32 termsVersion;
        bool granted;
        uint64 actedAt; // when the contributor decided, Unix seconds (signed)
        bool custodial; // the subject's key is held by the platform (signed)
        uint256 nonce;
        uint256 deadline;
    }

    struct Entry {
        bool granted;
        bool custodial;
        uint32 termsVersion;
        uint64 actedAt; // signed decision time
        uint64 recordedAt; // block timestamp
    }

    mapping(address => uint256) public nonces;
    mapping(address => mapping(bytes32 => Entry[])) private _history;

    error Expired(uint256 deadline);
    error BadNonce(uint256 expected, uint256 got);
    error BadSignature();
    error ActedInFuture(uint64 actedAt);

    event ConsentRecorded(
        address indexed subject, bytes32 indexed scope, bool granted, uint32 termsVersion, uint64 actedAt, bool custodial, uint256 nonce
    );

    constructor() EIP712("RHD Consent", "2") {}

    /// @notice Records a grant or revocation the subject signed.
    function record(Consent calldata c, bytes calldata signature) external {
        if (block.timestamp > c.deadline) revert Expired(c.deadline);
        if (c.actedAt > block.timestamp + MAX_CLOCK_SKEW) revert ActedInFuture(c.actedAt);
        if (c.nonce != nonces[c.subject]) revert BadNonce(nonces[c.subject], c.nonce);
        bytes32 digest = _hashTypedDataV4(
            keccak256(
                abi.encode(
                    CONSENT_TYPEHASH, c.subject, c.scope, c.termsVersion, c.granted, c.actedAt, c.custodial, c.nonce, c.deadline
                )
            )
        );
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err != ECDSA.RecoverError.NoError || signer != c.subject) revert BadSignature();
        nonces[c.subject] = c.nonce + 1;
        _history[c.subject][c.scope].push(Entry(c.granted, c.custodial, c.termsVersion, c.actedAt, uint64(block.timestamp)));
        emit ConsentRecorded(c.subject, c.scope, c.granted, c.termsVersion, c.actedAt, c.custodial, c.nonce);
    }

    /// @notice The subject's current consent for a scope (false if never given).
    function consented(address subject, bytes32 scope) external view returns (bool granted, uint32 termsVersion) {
        Entry[] storage h = _history[subject][scope];
        if (h.length == 0) return (false, 0);
        Entry storage last = h[h.length - 1];
        return (last.granted, last.termsVersion);
    }

    /// @notice The subject's whole history for a scope, oldest first.
    function history(address subject, bytes32 scope) external view returns (Entry[] memory) {
        return _history[subject][scope];
    }

    /// @notice The EIP-712 domain separator signers use.
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }
}

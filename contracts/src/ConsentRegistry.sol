// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title Consent registry
/// @notice Contributors grant and revoke consent for a scope under a terms
/// version by signing (EIP-712) with their key; the operator relays the
/// signature and pays for it. Anyone can read a subject's state and history.
contract ConsentRegistry is AccessControl, EIP712 {
    bytes32 public constant RELAYER_ROLE = keccak256("RELAYER_ROLE");
    bytes32 public constant CONSENT_TYPEHASH =
        keccak256("Consent(address subject,bytes32 scope,uint32 termsVersion,bool granted,uint256 nonce,uint256 deadline)");

    struct Entry {
        bool granted;
        uint32 termsVersion;
        uint64 at; // block timestamp
    }

    mapping(address => uint256) public nonces;
    mapping(address => mapping(bytes32 => Entry[])) private _history;

    error Expired(uint256 deadline);
    error BadNonce(uint256 expected, uint256 got);
    error BadSignature();

    event ConsentRecorded(address indexed subject, bytes32 indexed scope, bool granted, uint32 termsVersion, uint256 nonce);

    constructor(address admin) EIP712("RHD Consent", "1") {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(RELAYER_ROLE, admin);
    }

    /// @notice Records a grant or revocation the subject signed.
    function record(
        address subject,
        bytes32 scope,
        uint32 termsVersion,
        bool granted,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external onlyRole(RELAYER_ROLE) {
        if (block.timestamp > deadline) revert Expired(deadline);
        if (nonce != nonces[subject]) revert BadNonce(nonces[subject], nonce);
        bytes32 digest = _hashTypedDataV4(
            keccak256(abi.encode(CONSENT_TYPEHASH, subject, scope, termsVersion, granted, nonce, deadline))
        );
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, signature);
        if (err != ECDSA.RecoverError.NoError || signer != subject) revert BadSignature();
        nonces[subject] = nonce + 1;
        _history[subject][scope].push(Entry(granted, termsVersion, uint64(block.timestamp)));
        emit ConsentRecorded(subject, scope, granted, termsVersion, nonce);
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

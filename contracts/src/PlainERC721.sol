// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";

/// @notice Plain OpenZeppelin ERC-721 minting: the gas baseline the
/// contribution records are compared with in the same benchmark run.
contract PlainERC721 is ERC721 {
    uint256 public totalMinted;

    constructor() ERC721("Plain", "PLAIN") {}

    function mintBatch(address[] calldata to) external {
        uint256 first = totalMinted + 1;
        for (uint256 i = 0; i < to.length; ++i) {
            _mint(to[i], first + i);
        }
        totalMinted = first + to.length - 1;
    }
}

// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// ContributionRecordsRecord is an auto generated low-level Go binding around an user-defined struct.
type ContributionRecordsRecord struct {
	Root     [32]byte
	Samples  uint64
	FromTime uint64
	ToTime   uint64
}

// ContributionRecordsMetaData contains all meta data concerning the ContributionRecords contract.
var ContributionRecordsMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonTransferable\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contributor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"samples\",\"type\":\"uint64\"}],\"name\":\"RecordMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"roots\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"samples\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"fromTimes\",\"type\":\"uint64[]\"},{\"internalType\":\"uint64[]\",\"name\":\"toTimes\",\"type\":\"uint64[]\"}],\"name\":\"mintBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"firstId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"record\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"samples\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"fromTime\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toTime\",\"type\":\"uint64\"}],\"internalType\":\"structContributionRecords.Record\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"id\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalMinted\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyReading\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b50604051611c65380380611c6583398101604081905261002e9161018c565b6040518060400160405280601781526020017f52484420436f6e747269627574696f6e205265636f72640000000000000000008152506040518060400160405280600681526020016552484452454360d01b815250815f90816100919190610251565b50600161009e8282610251565b506100ad91505f9050826100df565b506100d87f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6826100df565b505061030b565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff16610183575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561013b3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610186565b505f5b92915050565b5f6020828403121561019c575f5ffd5b81516001600160a01b03811681146101b2575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806101e157607f821691505b6020821081036101ff57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561024c57805f5260205f20601f840160051c8101602085101561022a5750805b601f840160051c820191505b81811015610249575f8155600101610236565b50505b505050565b81516001600160401b0381111561026a5761026a6101b9565b61027e8161027884546101cd565b84610205565b6020601f8211600181146102b0575f83156102995750848201515b5f19600385901b1c1916600184901b178455610249565b5f84815260208120601f198516915b828110156102df57878501518255602094850194600190920191016102bf565b50848210156102fc57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b61194d806103185f395ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c806370a08231116100bf578063b88d4fde11610079578063b88d4fde1461032c578063c87b56dd1461033f578063d539139314610352578063d547741f14610379578063e985e9c51461038c578063f5bb8f5e1461039f575f5ffd5b806370a08231146102db57806391d14854146102ee57806395d89b4114610301578063a217fddf14610309578063a22cb46514610310578063a2309ff814610323575f5ffd5b80632c16cd8a116101105780632c16cd8a146102175780632f2ff15d1461027c57806336568abe1461028f57806336e6aa49146102a257806342842e0e146102b55780636352211e146102c8575f5ffd5b806301ffc9a71461015757806306fdde031461017f578063081812fc14610194578063095ea7b3146101bf57806323b872dd146101d4578063248a9ca3146101e7575b5f5ffd5b61016a6101653660046113d8565b6103b2565b60405190151581526020015b60405180910390f35b6101876103c2565b6040516101769190611421565b6101a76101a2366004611433565b610451565b6040516001600160a01b039091168152602001610176565b6101d26101cd366004611465565b610478565b005b6101d26101e236600461148d565b610487565b6102096101f5366004611433565b5f9081526006602052604090206001015490565b604051908152602001610176565b61022a610225366004611433565b610515565b60405161017691905f608082019050825182526001600160401b0360208401511660208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015292915050565b6101d261028a3660046114c7565b610599565b6101d261029d3660046114c7565b6105bd565b6102096102b0366004611538565b6105f5565b6101d26102c336600461148d565b6108dc565b6101a76102d6366004611433565b6108f6565b6102096102e9366004611633565b610900565b61016a6102fc3660046114c7565b610945565b61018761096f565b6102095f81565b6101d261031e36600461164c565b61097e565b61020960085481565b6101d261033a366004611699565b610989565b61018761034d366004611433565b6109a1565b6102097f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b6101d26103873660046114c7565b610a12565b61016a61039a366004611773565b610a36565b61016a6103ad36600461179b565b610a63565b5f6103bc82610a93565b92915050565b60605f80546103d0906117e9565b80601f01602080910402602001604051908101604052809291908181526020018280546103fc906117e9565b80156104475780601f1061041e57610100808354040283529160200191610447565b820191905f5260205f20905b81548152906001019060200180831161042a57829003601f168201915b5050505050905090565b5f61045b82610ab7565b505f828152600460205260409020546001600160a01b03166103bc565b610483828233610aef565b5050565b6001600160a01b0382166104b557604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f6104c1838333610afc565b9050836001600160a01b0316816001600160a01b03161461050f576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016104ac565b50505050565b604080516080810182525f80825260208201819052918101829052606081019190915261054182610ab7565b50505f908152600760209081526040918290208251608081018452815481526001909101546001600160401b0380821693830193909352600160401b8104831693820193909352600160801b90920416606082015290565b5f828152600660205260409020600101546105b381610b3d565b61050f8383610b4a565b6001600160a01b03811633146105e65760405163334bd91960e11b815260040160405180910390fd5b6105f08282610bdb565b505050565b5f7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a661062081610b3d565b8a89811415806106305750878114155b8061063b5750858114155b806106465750838114155b15610667576040516001621398b960e31b0319815260040160405180910390fd5b600854610675906001611835565b92505f5b818110156108b1575f61068c8286611835565b905060405180608001604052808e8e858181106106ab576106ab611848565b9050602002013581526020018c8c858181106106c9576106c9611848565b90506020020160208101906106de919061185c565b6001600160401b031681526020018a8a858181106106fe576106fe611848565b9050602002016020810190610713919061185c565b6001600160401b0316815260200188888581811061073357610733611848565b9050602002016020810190610748919061185c565b6001600160401b039081169091525f83815260076020908152604091829020845181559084015160019091018054928501516060909501518416600160801b0267ffffffffffffffff60801b19958516600160401b026fffffffffffffffffffffffffffffffff19909416929094169190911791909117929092161790556107f68f8f848181106107db576107db611848565b90506020020160208101906107f09190611633565b82610c46565b8e8e8381811061080857610808611848565b905060200201602081019061081d9190611633565b6001600160a01b0316817fb5a0f6a83bf0e67babb9f65ac54ee49828ffd5fe771234fc6253029b38ad8a978f8f8681811061085a5761085a611848565b905060200201358e8e8781811061087357610873611848565b9050602002016020810190610888919061185c565b604080519283526001600160401b0390911660208301520160405180910390a350600101610679565b5060016108be8285611835565b6108c89190611882565b60085550909b9a5050505050505050505050565b6105f083838360405180602001604052805f815250610989565b5f6103bc82610ab7565b5f6001600160a01b03821661092a576040516322718ad960e21b81525f60048201526024016104ac565b506001600160a01b03165f9081526003602052604090205490565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600180546103d0906117e9565b610483338383610ca7565b610994848484610487565b61050f3385858585610d6e565b60606109ac82610ab7565b505f6109c260408051602081019091525f815290565b90505f8151116109e05760405180602001604052805f815250610a0b565b806109ea84610e96565b6040516020016109fb9291906118ac565b6040516020818303038152906040525b9392505050565b5f82815260066020526040902060010154610a2c81610b3d565b61050f8383610bdb565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f610a6d85610ab7565b505f85815260076020526040902054610a8a908490849087610f25565b95945050505050565b5f6001600160e01b03198216637965db0b60e01b14806103bc57506103bc82610f3c565b5f818152600260205260408120546001600160a01b0316806103bc57604051637e27328960e01b8152600481018490526024016104ac565b6105f08383836001610f8b565b5f828152600260205260408120546001600160a01b03168015610b3257604051639cbe235760e01b815260040160405180910390fd5b610a8a85858561108f565b610b478133611181565b50565b5f610b558383610945565b610bd4575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff19166001179055610b8c3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103bc565b505f6103bc565b5f610be68383610945565b15610bd4575f8381526006602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103bc565b6001600160a01b038216610c6f57604051633250574960e11b81525f60048201526024016104ac565b5f610c7b83835f610afc565b90506001600160a01b038116156105f0576040516339e3563760e11b81525f60048201526024016104ac565b6001600160a01b038316610cd05760405163a9fbf51f60e01b81525f60048201526024016104ac565b6001600160a01b038216610d0257604051630b61174360e31b81526001600160a01b03831660048201526024016104ac565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b15610e8f57604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290610db09088908890879087906004016118c0565b6020604051808303815f875af1925050508015610dea575060408051601f3d908101601f19168201909252610de7918101906118fc565b60015b610e51573d808015610e17576040519150601f19603f3d011682016040523d82523d5f602084013e610e1c565b606091505b5080515f03610e4957604051633250574960e11b81526001600160a01b03851660048201526024016104ac565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14610e8d57604051633250574960e11b81526001600160a01b03851660048201526024016104ac565b505b5050505050565b60605f610ea2836111ba565b60010190505f816001600160401b03811115610ec057610ec0611685565b6040519080825280601f01601f191660200182016040528015610eea576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084610ef457509392505050565b5f82610f32868685611291565b1495945050505050565b5f6001600160e01b031982166380ac58cd60e01b1480610f6c57506001600160e01b03198216635b5e139f60e01b145b806103bc57506301ffc9a760e01b6001600160e01b03198316146103bc565b8080610f9f57506001600160a01b03821615155b15611060575f610fae84610ab7565b90506001600160a01b03831615801590610fda5750826001600160a01b0316816001600160a01b031614155b8015610fed5750610feb8184610a36565b155b156110165760405163a9fbf51f60e01b81526001600160a01b03841660048201526024016104ac565b811561105e5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f828152600260205260408120546001600160a01b03908116908316156110bb576110bb8184866112d2565b6001600160a01b038116156110f5576110d65f855f5f610f8b565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615611123576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b61118b8282610945565b6104835760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016104ac565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106111f85772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611224576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061124257662386f26fc10000830492506010015b6305f5e100831061125a576305f5e100830492506008015b612710831061126e57612710830492506004015b60648310611280576064830492506002015b600a83106103bc5760010192915050565b5f81815b848110156112c9576112bf828787848181106112b3576112b3611848565b90506020020135611336565b9150600101611295565b50949350505050565b6112dd83838361135f565b6105f0576001600160a01b03831661130b57604051637e27328960e01b8152600481018290526024016104ac565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016104ac565b5f818310611350575f828152602084905260409020610a0b565b505f9182526020526040902090565b5f6001600160a01b038316158015906113bb5750826001600160a01b0316846001600160a01b0316148061139857506113988484610a36565b806113bb57505f828152600460205260409020546001600160a01b038481169116145b949350505050565b6001600160e01b031981168114610b47575f5ffd5b5f602082840312156113e8575f5ffd5b8135610a0b816113c3565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610a0b60208301846113f3565b5f60208284031215611443575f5ffd5b5035919050565b80356001600160a01b0381168114611460575f5ffd5b919050565b5f5f60408385031215611476575f5ffd5b61147f8361144a565b946020939093013593505050565b5f5f5f6060848603121561149f575f5ffd5b6114a88461144a565b92506114b66020850161144a565b929592945050506040919091013590565b5f5f604083850312156114d8575f5ffd5b823591506114e86020840161144a565b90509250929050565b5f5f83601f840112611501575f5ffd5b5081356001600160401b03811115611517575f5ffd5b6020830191508360208260051b8501011115611531575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f5f60a08b8d031215611551575f5ffd5b8a356001600160401b03811115611566575f5ffd5b6115728d828e016114f1565b909b5099505060208b01356001600160401b03811115611590575f5ffd5b61159c8d828e016114f1565b90995097505060408b01356001600160401b038111156115ba575f5ffd5b6115c68d828e016114f1565b90975095505060608b01356001600160401b038111156115e4575f5ffd5b6115f08d828e016114f1565b90955093505060808b01356001600160401b0381111561160e575f5ffd5b61161a8d828e016114f1565b915080935050809150509295989b9194979a5092959850565b5f60208284031215611643575f5ffd5b610a0b8261144a565b5f5f6040838503121561165d575f5ffd5b6116668361144a565b91506020830135801515811461167a575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f608085870312156116ac575f5ffd5b6116b58561144a565b93506116c36020860161144a565b92506040850135915060608501356001600160401b038111156116e4575f5ffd5b8501601f810187136116f4575f5ffd5b80356001600160401b0381111561170d5761170d611685565b604051601f8201601f19908116603f011681016001600160401b038111828210171561173b5761173b611685565b604052818152828201602001891015611752575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215611784575f5ffd5b61178d8361144a565b91506114e86020840161144a565b5f5f5f5f606085870312156117ae575f5ffd5b843593506020850135925060408501356001600160401b038111156117d1575f5ffd5b6117dd878288016114f1565b95989497509550505050565b600181811c908216806117fd57607f821691505b60208210810361181b57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156103bc576103bc611821565b634e487b7160e01b5f52603260045260245ffd5b5f6020828403121561186c575f5ffd5b81356001600160401b0381168114610a0b575f5ffd5b818103818111156103bc576103bc611821565b5f81518060208401855e5f93019283525090919050565b5f6113bb6118ba8386611895565b84611895565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f906118f2908301846113f3565b9695505050505050565b5f6020828403121561190c575f5ffd5b8151610a0b816113c356fea2646970667358221220db96a2e2898862f355710630ef93988952caf0535e7cabdc543c29961e5f78dd64736f6c634300081c0033",
}

// ContributionRecordsABI is the input ABI used to generate the binding from.
// Deprecated: Use ContributionRecordsMetaData.ABI instead.
var ContributionRecordsABI = ContributionRecordsMetaData.ABI

// ContributionRecordsBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ContributionRecordsMetaData.Bin instead.
var ContributionRecordsBin = ContributionRecordsMetaData.Bin

// DeployContributionRecords deploys a new Ethereum contract, binding an instance of ContributionRecords to it.
func DeployContributionRecords(auth *bind.TransactOpts, backend bind.ContractBackend, admin common.Address) (common.Address, *types.Transaction, *ContributionRecords, error) {
	parsed, err := ContributionRecordsMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ContributionRecordsBin), backend, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ContributionRecords{ContributionRecordsCaller: ContributionRecordsCaller{contract: contract}, ContributionRecordsTransactor: ContributionRecordsTransactor{contract: contract}, ContributionRecordsFilterer: ContributionRecordsFilterer{contract: contract}}, nil
}

// ContributionRecords is an auto generated Go binding around an Ethereum contract.
type ContributionRecords struct {
	ContributionRecordsCaller     // Read-only binding to the contract
	ContributionRecordsTransactor // Write-only binding to the contract
	ContributionRecordsFilterer   // Log filterer for contract events
}

// ContributionRecordsCaller is an auto generated read-only Go binding around an Ethereum contract.
type ContributionRecordsCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ContributionRecordsTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ContributionRecordsTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ContributionRecordsFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ContributionRecordsFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ContributionRecordsSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ContributionRecordsSession struct {
	Contract     *ContributionRecords // Generic contract binding to set the session for
	CallOpts     bind.CallOpts        // Call options to use throughout this session
	TransactOpts bind.TransactOpts    // Transaction auth options to use throughout this session
}

// ContributionRecordsCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ContributionRecordsCallerSession struct {
	Contract *ContributionRecordsCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts              // Call options to use throughout this session
}

// ContributionRecordsTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ContributionRecordsTransactorSession struct {
	Contract     *ContributionRecordsTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts              // Transaction auth options to use throughout this session
}

// ContributionRecordsRaw is an auto generated low-level Go binding around an Ethereum contract.
type ContributionRecordsRaw struct {
	Contract *ContributionRecords // Generic contract binding to access the raw methods on
}

// ContributionRecordsCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ContributionRecordsCallerRaw struct {
	Contract *ContributionRecordsCaller // Generic read-only contract binding to access the raw methods on
}

// ContributionRecordsTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ContributionRecordsTransactorRaw struct {
	Contract *ContributionRecordsTransactor // Generic write-only contract binding to access the raw methods on
}

// NewContributionRecords creates a new instance of ContributionRecords, bound to a specific deployed contract.
func NewContributionRecords(address common.Address, backend bind.ContractBackend) (*ContributionRecords, error) {
	contract, err := bindContributionRecords(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ContributionRecords{ContributionRecordsCaller: ContributionRecordsCaller{contract: contract}, ContributionRecordsTransactor: ContributionRecordsTransactor{contract: contract}, ContributionRecordsFilterer: ContributionRecordsFilterer{contract: contract}}, nil
}

// NewContributionRecordsCaller creates a new read-only instance of ContributionRecords, bound to a specific deployed contract.
func NewContributionRecordsCaller(address common.Address, caller bind.ContractCaller) (*ContributionRecordsCaller, error) {
	contract, err := bindContributionRecords(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ContributionRecordsCaller{contract: contract}, nil
}

// NewContributionRecordsTransactor creates a new write-only instance of ContributionRecords, bound to a specific deployed contract.
func NewContributionRecordsTransactor(address common.Address, transactor bind.ContractTransactor) (*ContributionRecordsTransactor, error) {
	contract, err := bindContributionRecords(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ContributionRecordsTransactor{contract: contract}, nil
}

// NewContributionRecordsFilterer creates a new log filterer instance of ContributionRecords, bound to a specific deployed contract.
func NewContributionRecordsFilterer(address common.Address, filterer bind.ContractFilterer) (*ContributionRecordsFilterer, error) {
	contract, err := bindContributionRecords(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ContributionRecordsFilterer{contract: contract}, nil
}

// bindContributionRecords binds a generic wrapper to an already deployed contract.
func bindContributionRecords(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ContributionRecordsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ContributionRecords *ContributionRecordsRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ContributionRecords.Contract.ContributionRecordsCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ContributionRecords *ContributionRecordsRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ContributionRecords.Contract.ContributionRecordsTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ContributionRecords *ContributionRecordsRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ContributionRecords.Contract.ContributionRecordsTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ContributionRecords *ContributionRecordsCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ContributionRecords.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ContributionRecords *ContributionRecordsTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ContributionRecords.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ContributionRecords *ContributionRecordsTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ContributionRecords.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_ContributionRecords *ContributionRecordsCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_ContributionRecords *ContributionRecordsSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _ContributionRecords.Contract.DEFAULTADMINROLE(&_ContributionRecords.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_ContributionRecords *ContributionRecordsCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _ContributionRecords.Contract.DEFAULTADMINROLE(&_ContributionRecords.CallOpts)
}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_ContributionRecords *ContributionRecordsCaller) MINTERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "MINTER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_ContributionRecords *ContributionRecordsSession) MINTERROLE() ([32]byte, error) {
	return _ContributionRecords.Contract.MINTERROLE(&_ContributionRecords.CallOpts)
}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_ContributionRecords *ContributionRecordsCallerSession) MINTERROLE() ([32]byte, error) {
	return _ContributionRecords.Contract.MINTERROLE(&_ContributionRecords.CallOpts)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_ContributionRecords *ContributionRecordsCaller) BalanceOf(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "balanceOf", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_ContributionRecords *ContributionRecordsSession) BalanceOf(owner common.Address) (*big.Int, error) {
	return _ContributionRecords.Contract.BalanceOf(&_ContributionRecords.CallOpts, owner)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_ContributionRecords *ContributionRecordsCallerSession) BalanceOf(owner common.Address) (*big.Int, error) {
	return _ContributionRecords.Contract.BalanceOf(&_ContributionRecords.CallOpts, owner)
}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_ContributionRecords *ContributionRecordsCaller) GetApproved(opts *bind.CallOpts, tokenId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "getApproved", tokenId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_ContributionRecords *ContributionRecordsSession) GetApproved(tokenId *big.Int) (common.Address, error) {
	return _ContributionRecords.Contract.GetApproved(&_ContributionRecords.CallOpts, tokenId)
}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_ContributionRecords *ContributionRecordsCallerSession) GetApproved(tokenId *big.Int) (common.Address, error) {
	return _ContributionRecords.Contract.GetApproved(&_ContributionRecords.CallOpts, tokenId)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_ContributionRecords *ContributionRecordsCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_ContributionRecords *ContributionRecordsSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _ContributionRecords.Contract.GetRoleAdmin(&_ContributionRecords.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_ContributionRecords *ContributionRecordsCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _ContributionRecords.Contract.GetRoleAdmin(&_ContributionRecords.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_ContributionRecords *ContributionRecordsCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_ContributionRecords *ContributionRecordsSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _ContributionRecords.Contract.HasRole(&_ContributionRecords.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_ContributionRecords *ContributionRecordsCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _ContributionRecords.Contract.HasRole(&_ContributionRecords.CallOpts, role, account)
}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_ContributionRecords *ContributionRecordsCaller) IsApprovedForAll(opts *bind.CallOpts, owner common.Address, operator common.Address) (bool, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "isApprovedForAll", owner, operator)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_ContributionRecords *ContributionRecordsSession) IsApprovedForAll(owner common.Address, operator common.Address) (bool, error) {
	return _ContributionRecords.Contract.IsApprovedForAll(&_ContributionRecords.CallOpts, owner, operator)
}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_ContributionRecords *ContributionRecordsCallerSession) IsApprovedForAll(owner common.Address, operator common.Address) (bool, error) {
	return _ContributionRecords.Contract.IsApprovedForAll(&_ContributionRecords.CallOpts, owner, operator)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ContributionRecords *ContributionRecordsCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ContributionRecords *ContributionRecordsSession) Name() (string, error) {
	return _ContributionRecords.Contract.Name(&_ContributionRecords.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_ContributionRecords *ContributionRecordsCallerSession) Name() (string, error) {
	return _ContributionRecords.Contract.Name(&_ContributionRecords.CallOpts)
}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_ContributionRecords *ContributionRecordsCaller) OwnerOf(opts *bind.CallOpts, tokenId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "ownerOf", tokenId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_ContributionRecords *ContributionRecordsSession) OwnerOf(tokenId *big.Int) (common.Address, error) {
	return _ContributionRecords.Contract.OwnerOf(&_ContributionRecords.CallOpts, tokenId)
}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_ContributionRecords *ContributionRecordsCallerSession) OwnerOf(tokenId *big.Int) (common.Address, error) {
	return _ContributionRecords.Contract.OwnerOf(&_ContributionRecords.CallOpts, tokenId)
}

// Record is a free data retrieval call binding the contract method 0x2c16cd8a.
//
// Solidity: function record(uint256 tokenId) view returns((bytes32,uint64,uint64,uint64))
func (_ContributionRecords *ContributionRecordsCaller) Record(opts *bind.CallOpts, tokenId *big.Int) (ContributionRecordsRecord, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "record", tokenId)

	if err != nil {
		return *new(ContributionRecordsRecord), err
	}

	out0 := *abi.ConvertType(out[0], new(ContributionRecordsRecord)).(*ContributionRecordsRecord)

	return out0, err

}

// Record is a free data retrieval call binding the contract method 0x2c16cd8a.
//
// Solidity: function record(uint256 tokenId) view returns((bytes32,uint64,uint64,uint64))
func (_ContributionRecords *ContributionRecordsSession) Record(tokenId *big.Int) (ContributionRecordsRecord, error) {
	return _ContributionRecords.Contract.Record(&_ContributionRecords.CallOpts, tokenId)
}

// Record is a free data retrieval call binding the contract method 0x2c16cd8a.
//
// Solidity: function record(uint256 tokenId) view returns((bytes32,uint64,uint64,uint64))
func (_ContributionRecords *ContributionRecordsCallerSession) Record(tokenId *big.Int) (ContributionRecordsRecord, error) {
	return _ContributionRecords.Contract.Record(&_ContributionRecords.CallOpts, tokenId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 id) view returns(bool)
func (_ContributionRecords *ContributionRecordsCaller) SupportsInterface(opts *bind.CallOpts, id [4]byte) (bool, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "supportsInterface", id)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 id) view returns(bool)
func (_ContributionRecords *ContributionRecordsSession) SupportsInterface(id [4]byte) (bool, error) {
	return _ContributionRecords.Contract.SupportsInterface(&_ContributionRecords.CallOpts, id)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 id) view returns(bool)
func (_ContributionRecords *ContributionRecordsCallerSession) SupportsInterface(id [4]byte) (bool, error) {
	return _ContributionRecords.Contract.SupportsInterface(&_ContributionRecords.CallOpts, id)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ContributionRecords *ContributionRecordsCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ContributionRecords *ContributionRecordsSession) Symbol() (string, error) {
	return _ContributionRecords.Contract.Symbol(&_ContributionRecords.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_ContributionRecords *ContributionRecordsCallerSession) Symbol() (string, error) {
	return _ContributionRecords.Contract.Symbol(&_ContributionRecords.CallOpts)
}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_ContributionRecords *ContributionRecordsCaller) TokenURI(opts *bind.CallOpts, tokenId *big.Int) (string, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "tokenURI", tokenId)

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_ContributionRecords *ContributionRecordsSession) TokenURI(tokenId *big.Int) (string, error) {
	return _ContributionRecords.Contract.TokenURI(&_ContributionRecords.CallOpts, tokenId)
}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_ContributionRecords *ContributionRecordsCallerSession) TokenURI(tokenId *big.Int) (string, error) {
	return _ContributionRecords.Contract.TokenURI(&_ContributionRecords.CallOpts, tokenId)
}

// TotalMinted is a free data retrieval call binding the contract method 0xa2309ff8.
//
// Solidity: function totalMinted() view returns(uint256)
func (_ContributionRecords *ContributionRecordsCaller) TotalMinted(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "totalMinted")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalMinted is a free data retrieval call binding the contract method 0xa2309ff8.
//
// Solidity: function totalMinted() view returns(uint256)
func (_ContributionRecords *ContributionRecordsSession) TotalMinted() (*big.Int, error) {
	return _ContributionRecords.Contract.TotalMinted(&_ContributionRecords.CallOpts)
}

// TotalMinted is a free data retrieval call binding the contract method 0xa2309ff8.
//
// Solidity: function totalMinted() view returns(uint256)
func (_ContributionRecords *ContributionRecordsCallerSession) TotalMinted() (*big.Int, error) {
	return _ContributionRecords.Contract.TotalMinted(&_ContributionRecords.CallOpts)
}

// VerifyReading is a free data retrieval call binding the contract method 0xf5bb8f5e.
//
// Solidity: function verifyReading(uint256 tokenId, bytes32 leaf, bytes32[] proof) view returns(bool)
func (_ContributionRecords *ContributionRecordsCaller) VerifyReading(opts *bind.CallOpts, tokenId *big.Int, leaf [32]byte, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "verifyReading", tokenId, leaf, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyReading is a free data retrieval call binding the contract method 0xf5bb8f5e.
//
// Solidity: function verifyReading(uint256 tokenId, bytes32 leaf, bytes32[] proof) view returns(bool)
func (_ContributionRecords *ContributionRecordsSession) VerifyReading(tokenId *big.Int, leaf [32]byte, proof [][32]byte) (bool, error) {
	return _ContributionRecords.Contract.VerifyReading(&_ContributionRecords.CallOpts, tokenId, leaf, proof)
}

// VerifyReading is a free data retrieval call binding the contract method 0xf5bb8f5e.
//
// Solidity: function verifyReading(uint256 tokenId, bytes32 leaf, bytes32[] proof) view returns(bool)
func (_ContributionRecords *ContributionRecordsCallerSession) VerifyReading(tokenId *big.Int, leaf [32]byte, proof [][32]byte) (bool, error) {
	return _ContributionRecords.Contract.VerifyReading(&_ContributionRecords.CallOpts, tokenId, leaf, proof)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (_ContributionRecords *ContributionRecordsTransactor) Approve(opts *bind.TransactOpts, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ContributionRecords.contract.Transact(opts, "approve", to, tokenId)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (_ContributionRecords *ContributionRecordsSession) Approve(to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ContributionRecords.Contract.Approve(&_ContributionRecords.TransactOpts, to, tokenId)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (_ContributionRecords *ContributionRecordsTransactorSession) Approve(to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ContributionRecords.Contract.Approve(&_ContributionRecords.TransactOpts, to, tokenId)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_ContributionRecords *ContributionRecordsTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ContributionRecords.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_ContributionRecords *ContributionRecordsSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ContributionRecords.Contract.GrantRole(&_ContributionRecords.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_ContributionRecords *ContributionRecordsTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ContributionRecords.Contract.GrantRole(&_ContributionRecords.TransactOpts, role, account)
}

// MintBatch is a paid mutator transaction binding the contract method 0x36e6aa49.
//
// Solidity: function mintBatch(address[] to, bytes32[] roots, uint64[] samples, uint64[] fromTimes, uint64[] toTimes) returns(uint256 firstId)
func (_ContributionRecords *ContributionRecordsTransactor) MintBatch(opts *bind.TransactOpts, to []common.Address, roots [][32]byte, samples []uint64, fromTimes []uint64, toTimes []uint64) (*types.Transaction, error) {
	return _ContributionRecords.contract.Transact(opts, "mintBatch", to, roots, samples, fromTimes, toTimes)
}

// MintBatch is a paid mutator transaction binding the contract method 0x36e6aa49.
//
// Solidity: function mintBatch(address[] to, bytes32[] roots, uint64[] samples, uint64[] fromTimes, uint64[] toTimes) returns(uint256 firstId)
func (_ContributionRecords *ContributionRecordsSession) MintBatch(to []common.Address, roots [][32]byte, samples []uint64, fromTimes []uint64, toTimes []uint64) (*types.Transaction, error) {
	return _ContributionRecords.Contract.MintBatch(&_ContributionRecords.TransactOpts, to, roots, samples, fromTimes, toTimes)
}

// MintBatch is a paid mutator transaction binding the contract method 0x36e6aa49.
//
// Solidity: function mintBatch(address[] to, bytes32[] roots, uint64[] samples, uint64[] fromTimes, uint64[] toTimes) returns(uint256 firstId)
func (_ContributionRecords *ContributionRecordsTransactorSession) MintBatch(to []common.Address, roots [][32]byte, samples []uint64, fromTimes []uint64, toTimes []uint64) (*types.Transaction, error) {
	return _ContributionRecords.Contract.MintBatch(&_ContributionRecords.TransactOpts, to, roots, samples, fromTimes, toTimes)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_ContributionRecords *ContributionRecordsTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _ContributionRecords.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_ContributionRecords *ContributionRecordsSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _ContributionRecords.Contract.RenounceRole(&_ContributionRecords.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_ContributionRecords *ContributionRecordsTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _ContributionRecords.Contract.RenounceRole(&_ContributionRecords.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_ContributionRecords *ContributionRecordsTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ContributionRecords.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_ContributionRecords *ContributionRecordsSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ContributionRecords.Contract.RevokeRole(&_ContributionRecords.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_ContributionRecords *ContributionRecordsTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ContributionRecords.Contract.RevokeRole(&_ContributionRecords.TransactOpts, role, account)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_ContributionRecords *ContributionRecordsTransactor) SafeTransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ContributionRecords.contract.Transact(opts, "safeTransferFrom", from, to, tokenId)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_ContributionRecords *ContributionRecordsSession) SafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ContributionRecords.Contract.SafeTransferFrom(&_ContributionRecords.TransactOpts, from, to, tokenId)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_ContributionRecords *ContributionRecordsTransactorSession) SafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ContributionRecords.Contract.SafeTransferFrom(&_ContributionRecords.TransactOpts, from, to, tokenId)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_ContributionRecords *ContributionRecordsTransactor) SafeTransferFrom0(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _ContributionRecords.contract.Transact(opts, "safeTransferFrom0", from, to, tokenId, data)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_ContributionRecords *ContributionRecordsSession) SafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _ContributionRecords.Contract.SafeTransferFrom0(&_ContributionRecords.TransactOpts, from, to, tokenId, data)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_ContributionRecords *ContributionRecordsTransactorSession) SafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _ContributionRecords.Contract.SafeTransferFrom0(&_ContributionRecords.TransactOpts, from, to, tokenId, data)
}

// SetApprovalForAll is a paid mutator transaction binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (_ContributionRecords *ContributionRecordsTransactor) SetApprovalForAll(opts *bind.TransactOpts, operator common.Address, approved bool) (*types.Transaction, error) {
	return _ContributionRecords.contract.Transact(opts, "setApprovalForAll", operator, approved)
}

// SetApprovalForAll is a paid mutator transaction binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (_ContributionRecords *ContributionRecordsSession) SetApprovalForAll(operator common.Address, approved bool) (*types.Transaction, error) {
	return _ContributionRecords.Contract.SetApprovalForAll(&_ContributionRecords.TransactOpts, operator, approved)
}

// SetApprovalForAll is a paid mutator transaction binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (_ContributionRecords *ContributionRecordsTransactorSession) SetApprovalForAll(operator common.Address, approved bool) (*types.Transaction, error) {
	return _ContributionRecords.Contract.SetApprovalForAll(&_ContributionRecords.TransactOpts, operator, approved)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_ContributionRecords *ContributionRecordsTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ContributionRecords.contract.Transact(opts, "transferFrom", from, to, tokenId)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_ContributionRecords *ContributionRecordsSession) TransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ContributionRecords.Contract.TransferFrom(&_ContributionRecords.TransactOpts, from, to, tokenId)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_ContributionRecords *ContributionRecordsTransactorSession) TransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _ContributionRecords.Contract.TransferFrom(&_ContributionRecords.TransactOpts, from, to, tokenId)
}

// ContributionRecordsApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the ContributionRecords contract.
type ContributionRecordsApprovalIterator struct {
	Event *ContributionRecordsApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ContributionRecordsApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ContributionRecordsApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ContributionRecordsApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ContributionRecordsApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ContributionRecordsApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ContributionRecordsApproval represents a Approval event raised by the ContributionRecords contract.
type ContributionRecordsApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_ContributionRecords *ContributionRecordsFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, approved []common.Address, tokenId []*big.Int) (*ContributionRecordsApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var approvedRule []interface{}
	for _, approvedItem := range approved {
		approvedRule = append(approvedRule, approvedItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _ContributionRecords.contract.FilterLogs(opts, "Approval", ownerRule, approvedRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return &ContributionRecordsApprovalIterator{contract: _ContributionRecords.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_ContributionRecords *ContributionRecordsFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *ContributionRecordsApproval, owner []common.Address, approved []common.Address, tokenId []*big.Int) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var approvedRule []interface{}
	for _, approvedItem := range approved {
		approvedRule = append(approvedRule, approvedItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _ContributionRecords.contract.WatchLogs(opts, "Approval", ownerRule, approvedRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ContributionRecordsApproval)
				if err := _ContributionRecords.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_ContributionRecords *ContributionRecordsFilterer) ParseApproval(log types.Log) (*ContributionRecordsApproval, error) {
	event := new(ContributionRecordsApproval)
	if err := _ContributionRecords.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ContributionRecordsApprovalForAllIterator is returned from FilterApprovalForAll and is used to iterate over the raw logs and unpacked data for ApprovalForAll events raised by the ContributionRecords contract.
type ContributionRecordsApprovalForAllIterator struct {
	Event *ContributionRecordsApprovalForAll // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ContributionRecordsApprovalForAllIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ContributionRecordsApprovalForAll)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ContributionRecordsApprovalForAll)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ContributionRecordsApprovalForAllIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ContributionRecordsApprovalForAllIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ContributionRecordsApprovalForAll represents a ApprovalForAll event raised by the ContributionRecords contract.
type ContributionRecordsApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterApprovalForAll is a free log retrieval operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_ContributionRecords *ContributionRecordsFilterer) FilterApprovalForAll(opts *bind.FilterOpts, owner []common.Address, operator []common.Address) (*ContributionRecordsApprovalForAllIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ContributionRecords.contract.FilterLogs(opts, "ApprovalForAll", ownerRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return &ContributionRecordsApprovalForAllIterator{contract: _ContributionRecords.contract, event: "ApprovalForAll", logs: logs, sub: sub}, nil
}

// WatchApprovalForAll is a free log subscription operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_ContributionRecords *ContributionRecordsFilterer) WatchApprovalForAll(opts *bind.WatchOpts, sink chan<- *ContributionRecordsApprovalForAll, owner []common.Address, operator []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _ContributionRecords.contract.WatchLogs(opts, "ApprovalForAll", ownerRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ContributionRecordsApprovalForAll)
				if err := _ContributionRecords.contract.UnpackLog(event, "ApprovalForAll", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApprovalForAll is a log parse operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_ContributionRecords *ContributionRecordsFilterer) ParseApprovalForAll(log types.Log) (*ContributionRecordsApprovalForAll, error) {
	event := new(ContributionRecordsApprovalForAll)
	if err := _ContributionRecords.contract.UnpackLog(event, "ApprovalForAll", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ContributionRecordsRecordMintedIterator is returned from FilterRecordMinted and is used to iterate over the raw logs and unpacked data for RecordMinted events raised by the ContributionRecords contract.
type ContributionRecordsRecordMintedIterator struct {
	Event *ContributionRecordsRecordMinted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ContributionRecordsRecordMintedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ContributionRecordsRecordMinted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ContributionRecordsRecordMinted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ContributionRecordsRecordMintedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ContributionRecordsRecordMintedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ContributionRecordsRecordMinted represents a RecordMinted event raised by the ContributionRecords contract.
type ContributionRecordsRecordMinted struct {
	TokenId     *big.Int
	Contributor common.Address
	Root        [32]byte
	Samples     uint64
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterRecordMinted is a free log retrieval operation binding the contract event 0xb5a0f6a83bf0e67babb9f65ac54ee49828ffd5fe771234fc6253029b38ad8a97.
//
// Solidity: event RecordMinted(uint256 indexed tokenId, address indexed contributor, bytes32 root, uint64 samples)
func (_ContributionRecords *ContributionRecordsFilterer) FilterRecordMinted(opts *bind.FilterOpts, tokenId []*big.Int, contributor []common.Address) (*ContributionRecordsRecordMintedIterator, error) {

	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}
	var contributorRule []interface{}
	for _, contributorItem := range contributor {
		contributorRule = append(contributorRule, contributorItem)
	}

	logs, sub, err := _ContributionRecords.contract.FilterLogs(opts, "RecordMinted", tokenIdRule, contributorRule)
	if err != nil {
		return nil, err
	}
	return &ContributionRecordsRecordMintedIterator{contract: _ContributionRecords.contract, event: "RecordMinted", logs: logs, sub: sub}, nil
}

// WatchRecordMinted is a free log subscription operation binding the contract event 0xb5a0f6a83bf0e67babb9f65ac54ee49828ffd5fe771234fc6253029b38ad8a97.
//
// Solidity: event RecordMinted(uint256 indexed tokenId, address indexed contributor, bytes32 root, uint64 samples)
func (_ContributionRecords *ContributionRecordsFilterer) WatchRecordMinted(opts *bind.WatchOpts, sink chan<- *ContributionRecordsRecordMinted, tokenId []*big.Int, contributor []common.Address) (event.Subscription, error) {

	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}
	var contributorRule []interface{}
	for _, contributorItem := range contributor {
		contributorRule = append(contributorRule, contributorItem)
	}

	logs, sub, err := _ContributionRecords.contract.WatchLogs(opts, "RecordMinted", tokenIdRule, contributorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ContributionRecordsRecordMinted)
				if err := _ContributionRecords.contract.UnpackLog(event, "RecordMinted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRecordMinted is a log parse operation binding the contract event 0xb5a0f6a83bf0e67babb9f65ac54ee49828ffd5fe771234fc6253029b38ad8a97.
//
// Solidity: event RecordMinted(uint256 indexed tokenId, address indexed contributor, bytes32 root, uint64 samples)
func (_ContributionRecords *ContributionRecordsFilterer) ParseRecordMinted(log types.Log) (*ContributionRecordsRecordMinted, error) {
	event := new(ContributionRecordsRecordMinted)
	if err := _ContributionRecords.contract.UnpackLog(event, "RecordMinted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ContributionRecordsRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the ContributionRecords contract.
type ContributionRecordsRoleAdminChangedIterator struct {
	Event *ContributionRecordsRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ContributionRecordsRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ContributionRecordsRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ContributionRecordsRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ContributionRecordsRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ContributionRecordsRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ContributionRecordsRoleAdminChanged represents a RoleAdminChanged event raised by the ContributionRecords contract.
type ContributionRecordsRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_ContributionRecords *ContributionRecordsFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*ContributionRecordsRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _ContributionRecords.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &ContributionRecordsRoleAdminChangedIterator{contract: _ContributionRecords.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_ContributionRecords *ContributionRecordsFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *ContributionRecordsRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _ContributionRecords.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ContributionRecordsRoleAdminChanged)
				if err := _ContributionRecords.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_ContributionRecords *ContributionRecordsFilterer) ParseRoleAdminChanged(log types.Log) (*ContributionRecordsRoleAdminChanged, error) {
	event := new(ContributionRecordsRoleAdminChanged)
	if err := _ContributionRecords.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ContributionRecordsRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the ContributionRecords contract.
type ContributionRecordsRoleGrantedIterator struct {
	Event *ContributionRecordsRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ContributionRecordsRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ContributionRecordsRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ContributionRecordsRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ContributionRecordsRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ContributionRecordsRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ContributionRecordsRoleGranted represents a RoleGranted event raised by the ContributionRecords contract.
type ContributionRecordsRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_ContributionRecords *ContributionRecordsFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*ContributionRecordsRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _ContributionRecords.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &ContributionRecordsRoleGrantedIterator{contract: _ContributionRecords.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_ContributionRecords *ContributionRecordsFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *ContributionRecordsRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _ContributionRecords.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ContributionRecordsRoleGranted)
				if err := _ContributionRecords.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_ContributionRecords *ContributionRecordsFilterer) ParseRoleGranted(log types.Log) (*ContributionRecordsRoleGranted, error) {
	event := new(ContributionRecordsRoleGranted)
	if err := _ContributionRecords.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ContributionRecordsRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the ContributionRecords contract.
type ContributionRecordsRoleRevokedIterator struct {
	Event *ContributionRecordsRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ContributionRecordsRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ContributionRecordsRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ContributionRecordsRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ContributionRecordsRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ContributionRecordsRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ContributionRecordsRoleRevoked represents a RoleRevoked event raised by the ContributionRecords contract.
type ContributionRecordsRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_ContributionRecords *ContributionRecordsFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*ContributionRecordsRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _ContributionRecords.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &ContributionRecordsRoleRevokedIterator{contract: _ContributionRecords.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_ContributionRecords *ContributionRecordsFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *ContributionRecordsRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _ContributionRecords.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ContributionRecordsRoleRevoked)
				if err := _ContributionRecords.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_ContributionRecords *ContributionRecordsFilterer) ParseRoleRevoked(log types.Log) (*ContributionRecordsRoleRevoked, error) {
	event := new(ContributionRecordsRoleRevoked)
	if err := _ContributionRecords.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ContributionRecordsTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the ContributionRecords contract.
type ContributionRecordsTransferIterator struct {
	Event *ContributionRecordsTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ContributionRecordsTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ContributionRecordsTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ContributionRecordsTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ContributionRecordsTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ContributionRecordsTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ContributionRecordsTransfer represents a Transfer event raised by the ContributionRecords contract.
type ContributionRecordsTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_ContributionRecords *ContributionRecordsFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address, tokenId []*big.Int) (*ContributionRecordsTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _ContributionRecords.contract.FilterLogs(opts, "Transfer", fromRule, toRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return &ContributionRecordsTransferIterator{contract: _ContributionRecords.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_ContributionRecords *ContributionRecordsFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *ContributionRecordsTransfer, from []common.Address, to []common.Address, tokenId []*big.Int) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}
	var tokenIdRule []interface{}
	for _, tokenIdItem := range tokenId {
		tokenIdRule = append(tokenIdRule, tokenIdItem)
	}

	logs, sub, err := _ContributionRecords.contract.WatchLogs(opts, "Transfer", fromRule, toRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ContributionRecordsTransfer)
				if err := _ContributionRecords.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_ContributionRecords *ContributionRecordsFilterer) ParseTransfer(log types.Log) (*ContributionRecordsTransfer, error) {
	event := new(ContributionRecordsTransfer)
	if err := _ContributionRecords.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

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

// PayoutDistributorMetaData contains all meta data concerning the PayoutDistributor contract.
var PayoutDistributorMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"saleId\",\"type\":\"bytes32\"}],\"name\":\"SaleExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"given\",\"type\":\"uint64\"}],\"name\":\"StaleEpoch\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"RootCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"saleId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"snapshotRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalCents\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"SaleRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"cumulatives\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[][]\",\"name\":\"proofs\",\"type\":\"bytes32[][]\"}],\"name\":\"claimBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"saleIds\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"snapshotRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint128[]\",\"name\":\"totals\",\"type\":\"uint128[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nextEpoch\",\"type\":\"uint64\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cumulativeRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"}],\"name\":\"leaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"sales\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"snapshotRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint128\",\"name\":\"totalCents\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"id\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b506040516117fb3803806117fb83398101604081905261002e9161018b565b6040518060400160405280601581526020017f524844205265736561726368204561726e696e67730000000000000000000000815250604051806040016040528060048152602001635553446360e01b81525081600390816100909190610250565b50600461009d8282610250565b506100ac91505f9050826100de565b506100d77f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929826100de565b505061030a565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff16610182575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff1916600117905561013a3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610185565b505f5b92915050565b5f6020828403121561019b575f5ffd5b81516001600160a01b03811681146101b1575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806101e057607f821691505b6020821081036101fe57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561024b57805f5260205f20601f840160051c810160208510156102295750805b601f840160051c820191505b81811015610248575f8155600101610235565b50505b505050565b81516001600160401b03811115610269576102696101b8565b61027d8161027784546101cc565b84610204565b6020601f8211600181146102af575f83156102985750848201515b5f19600385901b1c1916600184901b178455610248565b5f84815260208120601f198516915b828110156102de57878501518255602094850194600190920191016102be565b50848210156102fb57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b6114e4806103175f395ff3fe608060405234801561000f575f5ffd5b5060043610610187575f3560e01c8063867c9f96116100d9578063a9059cbb11610093578063d83b2bf81161006e578063d83b2bf8146103c2578063dd62ed3e146103d5578063f1f224861461040d578063f5b541a614610420575f5ffd5b8063a9059cbb1461037d578063c884ef8314610390578063d547741f146103af575f5ffd5b8063867c9f96146103145780638be0861e1461031d578063900cf0cf1461033057806391d148541461035b57806395d89b411461036e578063a217fddf14610376575f5ffd5b806323b872dd11610144578063313ce5671161011f578063313ce567146102b757806336568abe146102c65780633d13f874146102d957806370a08231146102ec575f5ffd5b806323b872dd1461026f578063248a9ca3146102825780632f2ff15d146102a4575f5ffd5b806301ffc9a71461018b57806306fdde03146101b3578063083f4f51146101c8578063095ea7b3146101dd5780630c2afd72146101f057806318160ddd1461025d575b5f5ffd5b61019e610199366004611048565b610447565b60405190151581526020015b60405180910390f35b6101bb610457565b6040516101aa919061106f565b6101db6101d63660046110eb565b6104e7565b005b61019e6101eb3660046111a2565b61059b565b6102316101fe3660046111ca565b60086020525f9081526040902080546001909101546001600160801b03811690600160801b90046001600160401b031683565b604080519384526001600160801b0390921660208401526001600160401b0316908201526060016101aa565b6002545b6040519081526020016101aa565b61019e61027d3660046111e1565b6105b2565b6102616102903660046111ca565b5f9081526005602052604090206001015490565b6101db6102b236600461121b565b6105d5565b604051600281526020016101aa565b6101db6102d436600461121b565b6105ff565b6101db6102e7366004611245565b610637565b6102616102fa36600461129a565b6001600160a01b03165f9081526020819052604090205490565b61026160065481565b61019e61032b366004611245565b610723565b600754610343906001600160401b031681565b6040516001600160401b0390911681526020016101aa565b61019e61036936600461121b565b61073f565b6101bb610769565b6102615f81565b61019e61038b3660046111a2565b610778565b61026161039e36600461129a565b60096020525f908152604090205481565b6101db6103bd36600461121b565b610785565b6102616103d03660046111a2565b6107a9565b6102616103e33660046112b3565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6101db61041b3660046112db565b610802565b6102617f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b5f61045182610b3b565b92915050565b6060600380546104669061139e565b80601f01602080910402602001604051908101604052809291908181526020018280546104929061139e565b80156104dd5780601f106104b4576101008083540402835291602001916104dd565b820191905f5260205f20905b8154815290600101906020018083116104c057829003601f168201915b5050505050905090565b8483811415806104f75750818114155b15610518576040516001621398b960e31b0319815260040160405180910390fd5b5f5b8181101561059157610589888883818110610537576105376113d6565b905060200201602081019061054c919061129a565b87878481811061055e5761055e6113d6565b90506020020135868685818110610577576105776113d6565b90506020028101906102e791906113ea565b60010161051a565b5050505050505050565b5f336105a8818585610b6f565b5060019392505050565b5f336105bf858285610b7c565b6105ca858585610bf2565b506001949350505050565b5f828152600560205260409020600101546105ef81610c4f565b6105f98383610c5c565b50505050565b6001600160a01b03811633146106285760405163334bd91960e11b815260040160405180910390fd5b6106328282610ced565b505050565b61064e828260065461064988886107a9565b610d58565b61066b576040516309bde33960e01b815260040160405180910390fd5b6001600160a01b0384165f908152600960205260409020548084116106a3576040516312d37ee560e31b815260040160405180910390fd5b6001600160a01b0385165f9081526009602052604090208490556106d0856106cb8387611443565b610d6f565b6001600160a01b0385167f987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a6107058387611443565b60408051918252602082018890520160405180910390a25050505050565b5f610736838360065461064989896107a9565b95945050505050565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600480546104669061139e565b5f336105a8818585610bf2565b5f8281526005602052604090206001015461079f81610c4f565b6105f98383610ced565b604080516001600160a01b03841660208201529081018290525f9060600160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92961082c81610c4f565b600754610843906001600160401b03166001611456565b6001600160401b0316826001600160401b03161461089057600754604051636742e21160e11b81526001600160401b03918216600482015290831660248201526044015b60405180910390fd5b8786811415806108a05750848114155b156108c1576040516001621398b960e31b0319815260040160405180910390fd5b5f5b81811015610ad75760085f8c8c848181106108e0576108e06113d6565b602090810292909201358352508101919091526040015f2060010154600160801b90046001600160401b031615610946578a8a82818110610923576109236113d6565b905060200201356040516305684c4f60e51b815260040161088791815260200190565b60405180606001604052808a8a84818110610963576109636113d6565b905060200201358152602001888884818110610981576109816113d6565b90506020020160208101906109969190611475565b6001600160801b03168152602001856001600160401b031681525060085f8d8d858181106109c6576109c66113d6565b602090810292909201358352508181019290925260409081015f2083518155918301516001909201805493909101516001600160401b0316600160801b026001600160c01b03199093166001600160801b03909216919091179190911790558a8a82818110610a3757610a376113d6565b905060200201357f3666a6a0c7dc938cd4f1563a13f5d0cf5a3ba535d1dc1ab38b63c5bcecf7b4c98a8a84818110610a7157610a716113d6565b90506020020135898985818110610a8a57610a8a6113d6565b9050602002016020810190610a9f9190611475565b604080519283526001600160801b0390911660208301526001600160401b0388169082015260600160405180910390a26001016108c3565b5060068490556007805467ffffffffffffffff19166001600160401b0385169081179091556040518581527f8e4416f5a06409fbb4bc4c54ee4b2f81c89c3f4d082198c3a3e4af5ee69c724c9060200160405180910390a250505050505050505050565b5f6001600160e01b03198216637965db0b60e01b148061045157506301ffc9a760e01b6001600160e01b0319831614610451565b6106328383836001610da7565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156105f95781811015610be457604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610887565b6105f984848484035f610da7565b6001600160a01b038316610c1b57604051634b637e8f60e11b81525f6004820152602401610887565b6001600160a01b038216610c445760405163ec442f0560e01b81525f6004820152602401610887565b610632838383610e79565b610c598133610f9f565b50565b5f610c67838361073f565b610ce6575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff19166001179055610c9e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610451565b505f610451565b5f610cf8838361073f565b15610ce6575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610451565b5f82610d65868685610fd8565b1495945050505050565b6001600160a01b038216610d985760405163ec442f0560e01b81525f6004820152602401610887565b610da35f8383610e79565b5050565b6001600160a01b038416610dd05760405163e602df0560e01b81525f6004820152602401610887565b6001600160a01b038316610df957604051634a1406b160e11b81525f6004820152602401610887565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156105f957826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051610e6b91815260200190565b60405180910390a350505050565b6001600160a01b038316610ea3578060025f828254610e98919061149b565b90915550610f139050565b6001600160a01b0383165f9081526020819052604090205481811015610ef55760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610887565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610f2f57600280548290039055610f4d565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610f9291815260200190565b60405180910390a3505050565b610fa9828261073f565b610da35760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610887565b5f81815b848110156110105761100682878784818110610ffa57610ffa6113d6565b90506020020135611019565b9150600101610fdc565b50949350505050565b5f818310611033575f828152602084905260409020611041565b5f8381526020839052604090205b9392505050565b5f60208284031215611058575f5ffd5b81356001600160e01b031981168114611041575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f83601f8401126110b4575f5ffd5b5081356001600160401b038111156110ca575f5ffd5b6020830191508360208260051b85010111156110e4575f5ffd5b9250929050565b5f5f5f5f5f5f60608789031215611100575f5ffd5b86356001600160401b03811115611115575f5ffd5b61112189828a016110a4565b90975095505060208701356001600160401b0381111561113f575f5ffd5b61114b89828a016110a4565b90955093505060408701356001600160401b03811115611169575f5ffd5b61117589828a016110a4565b979a9699509497509295939492505050565b80356001600160a01b038116811461119d575f5ffd5b919050565b5f5f604083850312156111b3575f5ffd5b6111bc83611187565b946020939093013593505050565b5f602082840312156111da575f5ffd5b5035919050565b5f5f5f606084860312156111f3575f5ffd5b6111fc84611187565b925061120a60208501611187565b929592945050506040919091013590565b5f5f6040838503121561122c575f5ffd5b8235915061123c60208401611187565b90509250929050565b5f5f5f5f60608587031215611258575f5ffd5b61126185611187565b93506020850135925060408501356001600160401b03811115611282575f5ffd5b61128e878288016110a4565b95989497509550505050565b5f602082840312156112aa575f5ffd5b61104182611187565b5f5f604083850312156112c4575f5ffd5b6112cd83611187565b915061123c60208401611187565b5f5f5f5f5f5f5f5f60a0898b0312156112f2575f5ffd5b88356001600160401b03811115611307575f5ffd5b6113138b828c016110a4565b90995097505060208901356001600160401b03811115611331575f5ffd5b61133d8b828c016110a4565b90975095505060408901356001600160401b0381111561135b575f5ffd5b6113678b828c016110a4565b9095509350506060890135915060808901356001600160401b038116811461138d575f5ffd5b809150509295985092959890939650565b600181811c908216806113b257607f821691505b6020821081036113d057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e198436030181126113ff575f5ffd5b8301803591506001600160401b03821115611418575f5ffd5b6020019150600581901b36038213156110e4575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156104515761045161142f565b6001600160401b0381811683821601908111156104515761045161142f565b5f60208284031215611485575f5ffd5b81356001600160801b0381168114611041575f5ffd5b808201808211156104515761045161142f56fea2646970667358221220d2472cffa36bc3b18abedf8f4806c19be602ec7c6766ddaa713b0944f34d4e1464736f6c634300081c0033",
}

// PayoutDistributorABI is the input ABI used to generate the binding from.
// Deprecated: Use PayoutDistributorMetaData.ABI instead.
var PayoutDistributorABI = PayoutDistributorMetaData.ABI

// PayoutDistributorBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PayoutDistributorMetaData.Bin instead.
var PayoutDistributorBin = PayoutDistributorMetaData.Bin

// DeployPayoutDistributor deploys a new Ethereum contract, binding an instance of PayoutDistributor to it.
func DeployPayoutDistributor(auth *bind.TransactOpts, backend bind.ContractBackend, admin common.Address) (common.Address, *types.Transaction, *PayoutDistributor, error) {
	parsed, err := PayoutDistributorMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PayoutDistributorBin), backend, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &PayoutDistributor{PayoutDistributorCaller: PayoutDistributorCaller{contract: contract}, PayoutDistributorTransactor: PayoutDistributorTransactor{contract: contract}, PayoutDistributorFilterer: PayoutDistributorFilterer{contract: contract}}, nil
}

// PayoutDistributor is an auto generated Go binding around an Ethereum contract.
type PayoutDistributor struct {
	PayoutDistributorCaller     // Read-only binding to the contract
	PayoutDistributorTransactor // Write-only binding to the contract
	PayoutDistributorFilterer   // Log filterer for contract events
}

// PayoutDistributorCaller is an auto generated read-only Go binding around an Ethereum contract.
type PayoutDistributorCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PayoutDistributorTransactor is an auto generated write-only Go binding around an Ethereum contract.
type PayoutDistributorTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PayoutDistributorFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PayoutDistributorFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PayoutDistributorSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PayoutDistributorSession struct {
	Contract     *PayoutDistributor // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// PayoutDistributorCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PayoutDistributorCallerSession struct {
	Contract *PayoutDistributorCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// PayoutDistributorTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PayoutDistributorTransactorSession struct {
	Contract     *PayoutDistributorTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// PayoutDistributorRaw is an auto generated low-level Go binding around an Ethereum contract.
type PayoutDistributorRaw struct {
	Contract *PayoutDistributor // Generic contract binding to access the raw methods on
}

// PayoutDistributorCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PayoutDistributorCallerRaw struct {
	Contract *PayoutDistributorCaller // Generic read-only contract binding to access the raw methods on
}

// PayoutDistributorTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PayoutDistributorTransactorRaw struct {
	Contract *PayoutDistributorTransactor // Generic write-only contract binding to access the raw methods on
}

// NewPayoutDistributor creates a new instance of PayoutDistributor, bound to a specific deployed contract.
func NewPayoutDistributor(address common.Address, backend bind.ContractBackend) (*PayoutDistributor, error) {
	contract, err := bindPayoutDistributor(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &PayoutDistributor{PayoutDistributorCaller: PayoutDistributorCaller{contract: contract}, PayoutDistributorTransactor: PayoutDistributorTransactor{contract: contract}, PayoutDistributorFilterer: PayoutDistributorFilterer{contract: contract}}, nil
}

// NewPayoutDistributorCaller creates a new read-only instance of PayoutDistributor, bound to a specific deployed contract.
func NewPayoutDistributorCaller(address common.Address, caller bind.ContractCaller) (*PayoutDistributorCaller, error) {
	contract, err := bindPayoutDistributor(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorCaller{contract: contract}, nil
}

// NewPayoutDistributorTransactor creates a new write-only instance of PayoutDistributor, bound to a specific deployed contract.
func NewPayoutDistributorTransactor(address common.Address, transactor bind.ContractTransactor) (*PayoutDistributorTransactor, error) {
	contract, err := bindPayoutDistributor(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorTransactor{contract: contract}, nil
}

// NewPayoutDistributorFilterer creates a new log filterer instance of PayoutDistributor, bound to a specific deployed contract.
func NewPayoutDistributorFilterer(address common.Address, filterer bind.ContractFilterer) (*PayoutDistributorFilterer, error) {
	contract, err := bindPayoutDistributor(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorFilterer{contract: contract}, nil
}

// bindPayoutDistributor binds a generic wrapper to an already deployed contract.
func bindPayoutDistributor(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PayoutDistributorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PayoutDistributor *PayoutDistributorRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PayoutDistributor.Contract.PayoutDistributorCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PayoutDistributor *PayoutDistributorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.PayoutDistributorTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PayoutDistributor *PayoutDistributorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.PayoutDistributorTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PayoutDistributor *PayoutDistributorCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PayoutDistributor.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PayoutDistributor *PayoutDistributorTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PayoutDistributor *PayoutDistributorTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _PayoutDistributor.Contract.DEFAULTADMINROLE(&_PayoutDistributor.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _PayoutDistributor.Contract.DEFAULTADMINROLE(&_PayoutDistributor.CallOpts)
}

// OPERATORROLE is a free data retrieval call binding the contract method 0xf5b541a6.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCaller) OPERATORROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "OPERATOR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// OPERATORROLE is a free data retrieval call binding the contract method 0xf5b541a6.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorSession) OPERATORROLE() ([32]byte, error) {
	return _PayoutDistributor.Contract.OPERATORROLE(&_PayoutDistributor.CallOpts)
}

// OPERATORROLE is a free data retrieval call binding the contract method 0xf5b541a6.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCallerSession) OPERATORROLE() ([32]byte, error) {
	return _PayoutDistributor.Contract.OPERATORROLE(&_PayoutDistributor.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _PayoutDistributor.Contract.Allowance(&_PayoutDistributor.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _PayoutDistributor.Contract.Allowance(&_PayoutDistributor.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _PayoutDistributor.Contract.BalanceOf(&_PayoutDistributor.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _PayoutDistributor.Contract.BalanceOf(&_PayoutDistributor.CallOpts, account)
}

// Claimed is a free data retrieval call binding the contract method 0xc884ef83.
//
// Solidity: function claimed(address ) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorCaller) Claimed(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "claimed", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Claimed is a free data retrieval call binding the contract method 0xc884ef83.
//
// Solidity: function claimed(address ) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorSession) Claimed(arg0 common.Address) (*big.Int, error) {
	return _PayoutDistributor.Contract.Claimed(&_PayoutDistributor.CallOpts, arg0)
}

// Claimed is a free data retrieval call binding the contract method 0xc884ef83.
//
// Solidity: function claimed(address ) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorCallerSession) Claimed(arg0 common.Address) (*big.Int, error) {
	return _PayoutDistributor.Contract.Claimed(&_PayoutDistributor.CallOpts, arg0)
}

// CumulativeRoot is a free data retrieval call binding the contract method 0x867c9f96.
//
// Solidity: function cumulativeRoot() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCaller) CumulativeRoot(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "cumulativeRoot")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CumulativeRoot is a free data retrieval call binding the contract method 0x867c9f96.
//
// Solidity: function cumulativeRoot() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorSession) CumulativeRoot() ([32]byte, error) {
	return _PayoutDistributor.Contract.CumulativeRoot(&_PayoutDistributor.CallOpts)
}

// CumulativeRoot is a free data retrieval call binding the contract method 0x867c9f96.
//
// Solidity: function cumulativeRoot() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCallerSession) CumulativeRoot() ([32]byte, error) {
	return _PayoutDistributor.Contract.CumulativeRoot(&_PayoutDistributor.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_PayoutDistributor *PayoutDistributorCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_PayoutDistributor *PayoutDistributorSession) Decimals() (uint8, error) {
	return _PayoutDistributor.Contract.Decimals(&_PayoutDistributor.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_PayoutDistributor *PayoutDistributorCallerSession) Decimals() (uint8, error) {
	return _PayoutDistributor.Contract.Decimals(&_PayoutDistributor.CallOpts)
}

// Epoch is a free data retrieval call binding the contract method 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint64)
func (_PayoutDistributor *PayoutDistributorCaller) Epoch(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "epoch")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Epoch is a free data retrieval call binding the contract method 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint64)
func (_PayoutDistributor *PayoutDistributorSession) Epoch() (uint64, error) {
	return _PayoutDistributor.Contract.Epoch(&_PayoutDistributor.CallOpts)
}

// Epoch is a free data retrieval call binding the contract method 0x900cf0cf.
//
// Solidity: function epoch() view returns(uint64)
func (_PayoutDistributor *PayoutDistributorCallerSession) Epoch() (uint64, error) {
	return _PayoutDistributor.Contract.Epoch(&_PayoutDistributor.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _PayoutDistributor.Contract.GetRoleAdmin(&_PayoutDistributor.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _PayoutDistributor.Contract.GetRoleAdmin(&_PayoutDistributor.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_PayoutDistributor *PayoutDistributorCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_PayoutDistributor *PayoutDistributorSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _PayoutDistributor.Contract.HasRole(&_PayoutDistributor.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_PayoutDistributor *PayoutDistributorCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _PayoutDistributor.Contract.HasRole(&_PayoutDistributor.CallOpts, role, account)
}

// Leaf is a free data retrieval call binding the contract method 0xd83b2bf8.
//
// Solidity: function leaf(address account, uint256 cumulative) pure returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCaller) Leaf(opts *bind.CallOpts, account common.Address, cumulative *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "leaf", account, cumulative)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// Leaf is a free data retrieval call binding the contract method 0xd83b2bf8.
//
// Solidity: function leaf(address account, uint256 cumulative) pure returns(bytes32)
func (_PayoutDistributor *PayoutDistributorSession) Leaf(account common.Address, cumulative *big.Int) ([32]byte, error) {
	return _PayoutDistributor.Contract.Leaf(&_PayoutDistributor.CallOpts, account, cumulative)
}

// Leaf is a free data retrieval call binding the contract method 0xd83b2bf8.
//
// Solidity: function leaf(address account, uint256 cumulative) pure returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCallerSession) Leaf(account common.Address, cumulative *big.Int) ([32]byte, error) {
	return _PayoutDistributor.Contract.Leaf(&_PayoutDistributor.CallOpts, account, cumulative)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_PayoutDistributor *PayoutDistributorCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_PayoutDistributor *PayoutDistributorSession) Name() (string, error) {
	return _PayoutDistributor.Contract.Name(&_PayoutDistributor.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_PayoutDistributor *PayoutDistributorCallerSession) Name() (string, error) {
	return _PayoutDistributor.Contract.Name(&_PayoutDistributor.CallOpts)
}

// Sales is a free data retrieval call binding the contract method 0x0c2afd72.
//
// Solidity: function sales(bytes32 ) view returns(bytes32 snapshotRoot, uint128 totalCents, uint64 epoch)
func (_PayoutDistributor *PayoutDistributorCaller) Sales(opts *bind.CallOpts, arg0 [32]byte) (struct {
	SnapshotRoot [32]byte
	TotalCents   *big.Int
	Epoch        uint64
}, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "sales", arg0)

	outstruct := new(struct {
		SnapshotRoot [32]byte
		TotalCents   *big.Int
		Epoch        uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.SnapshotRoot = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.TotalCents = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Epoch = *abi.ConvertType(out[2], new(uint64)).(*uint64)

	return *outstruct, err

}

// Sales is a free data retrieval call binding the contract method 0x0c2afd72.
//
// Solidity: function sales(bytes32 ) view returns(bytes32 snapshotRoot, uint128 totalCents, uint64 epoch)
func (_PayoutDistributor *PayoutDistributorSession) Sales(arg0 [32]byte) (struct {
	SnapshotRoot [32]byte
	TotalCents   *big.Int
	Epoch        uint64
}, error) {
	return _PayoutDistributor.Contract.Sales(&_PayoutDistributor.CallOpts, arg0)
}

// Sales is a free data retrieval call binding the contract method 0x0c2afd72.
//
// Solidity: function sales(bytes32 ) view returns(bytes32 snapshotRoot, uint128 totalCents, uint64 epoch)
func (_PayoutDistributor *PayoutDistributorCallerSession) Sales(arg0 [32]byte) (struct {
	SnapshotRoot [32]byte
	TotalCents   *big.Int
	Epoch        uint64
}, error) {
	return _PayoutDistributor.Contract.Sales(&_PayoutDistributor.CallOpts, arg0)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 id) view returns(bool)
func (_PayoutDistributor *PayoutDistributorCaller) SupportsInterface(opts *bind.CallOpts, id [4]byte) (bool, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "supportsInterface", id)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 id) view returns(bool)
func (_PayoutDistributor *PayoutDistributorSession) SupportsInterface(id [4]byte) (bool, error) {
	return _PayoutDistributor.Contract.SupportsInterface(&_PayoutDistributor.CallOpts, id)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 id) view returns(bool)
func (_PayoutDistributor *PayoutDistributorCallerSession) SupportsInterface(id [4]byte) (bool, error) {
	return _PayoutDistributor.Contract.SupportsInterface(&_PayoutDistributor.CallOpts, id)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_PayoutDistributor *PayoutDistributorCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_PayoutDistributor *PayoutDistributorSession) Symbol() (string, error) {
	return _PayoutDistributor.Contract.Symbol(&_PayoutDistributor.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_PayoutDistributor *PayoutDistributorCallerSession) Symbol() (string, error) {
	return _PayoutDistributor.Contract.Symbol(&_PayoutDistributor.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_PayoutDistributor *PayoutDistributorCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_PayoutDistributor *PayoutDistributorSession) TotalSupply() (*big.Int, error) {
	return _PayoutDistributor.Contract.TotalSupply(&_PayoutDistributor.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_PayoutDistributor *PayoutDistributorCallerSession) TotalSupply() (*big.Int, error) {
	return _PayoutDistributor.Contract.TotalSupply(&_PayoutDistributor.CallOpts)
}

// Verify is a free data retrieval call binding the contract method 0x8be0861e.
//
// Solidity: function verify(address account, uint256 cumulative, bytes32[] proof) view returns(bool)
func (_PayoutDistributor *PayoutDistributorCaller) Verify(opts *bind.CallOpts, account common.Address, cumulative *big.Int, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "verify", account, cumulative, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Verify is a free data retrieval call binding the contract method 0x8be0861e.
//
// Solidity: function verify(address account, uint256 cumulative, bytes32[] proof) view returns(bool)
func (_PayoutDistributor *PayoutDistributorSession) Verify(account common.Address, cumulative *big.Int, proof [][32]byte) (bool, error) {
	return _PayoutDistributor.Contract.Verify(&_PayoutDistributor.CallOpts, account, cumulative, proof)
}

// Verify is a free data retrieval call binding the contract method 0x8be0861e.
//
// Solidity: function verify(address account, uint256 cumulative, bytes32[] proof) view returns(bool)
func (_PayoutDistributor *PayoutDistributorCallerSession) Verify(account common.Address, cumulative *big.Int, proof [][32]byte) (bool, error) {
	return _PayoutDistributor.Contract.Verify(&_PayoutDistributor.CallOpts, account, cumulative, proof)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_PayoutDistributor *PayoutDistributorTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _PayoutDistributor.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_PayoutDistributor *PayoutDistributorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.Approve(&_PayoutDistributor.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_PayoutDistributor *PayoutDistributorTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.Approve(&_PayoutDistributor.TransactOpts, spender, value)
}

// Claim is a paid mutator transaction binding the contract method 0x3d13f874.
//
// Solidity: function claim(address account, uint256 cumulative, bytes32[] proof) returns()
func (_PayoutDistributor *PayoutDistributorTransactor) Claim(opts *bind.TransactOpts, account common.Address, cumulative *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _PayoutDistributor.contract.Transact(opts, "claim", account, cumulative, proof)
}

// Claim is a paid mutator transaction binding the contract method 0x3d13f874.
//
// Solidity: function claim(address account, uint256 cumulative, bytes32[] proof) returns()
func (_PayoutDistributor *PayoutDistributorSession) Claim(account common.Address, cumulative *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.Claim(&_PayoutDistributor.TransactOpts, account, cumulative, proof)
}

// Claim is a paid mutator transaction binding the contract method 0x3d13f874.
//
// Solidity: function claim(address account, uint256 cumulative, bytes32[] proof) returns()
func (_PayoutDistributor *PayoutDistributorTransactorSession) Claim(account common.Address, cumulative *big.Int, proof [][32]byte) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.Claim(&_PayoutDistributor.TransactOpts, account, cumulative, proof)
}

// ClaimBatch is a paid mutator transaction binding the contract method 0x083f4f51.
//
// Solidity: function claimBatch(address[] accounts, uint256[] cumulatives, bytes32[][] proofs) returns()
func (_PayoutDistributor *PayoutDistributorTransactor) ClaimBatch(opts *bind.TransactOpts, accounts []common.Address, cumulatives []*big.Int, proofs [][][32]byte) (*types.Transaction, error) {
	return _PayoutDistributor.contract.Transact(opts, "claimBatch", accounts, cumulatives, proofs)
}

// ClaimBatch is a paid mutator transaction binding the contract method 0x083f4f51.
//
// Solidity: function claimBatch(address[] accounts, uint256[] cumulatives, bytes32[][] proofs) returns()
func (_PayoutDistributor *PayoutDistributorSession) ClaimBatch(accounts []common.Address, cumulatives []*big.Int, proofs [][][32]byte) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.ClaimBatch(&_PayoutDistributor.TransactOpts, accounts, cumulatives, proofs)
}

// ClaimBatch is a paid mutator transaction binding the contract method 0x083f4f51.
//
// Solidity: function claimBatch(address[] accounts, uint256[] cumulatives, bytes32[][] proofs) returns()
func (_PayoutDistributor *PayoutDistributorTransactorSession) ClaimBatch(accounts []common.Address, cumulatives []*big.Int, proofs [][][32]byte) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.ClaimBatch(&_PayoutDistributor.TransactOpts, accounts, cumulatives, proofs)
}

// Commit is a paid mutator transaction binding the contract method 0xf1f22486.
//
// Solidity: function commit(bytes32[] saleIds, bytes32[] snapshotRoots, uint128[] totals, bytes32 root, uint64 nextEpoch) returns()
func (_PayoutDistributor *PayoutDistributorTransactor) Commit(opts *bind.TransactOpts, saleIds [][32]byte, snapshotRoots [][32]byte, totals []*big.Int, root [32]byte, nextEpoch uint64) (*types.Transaction, error) {
	return _PayoutDistributor.contract.Transact(opts, "commit", saleIds, snapshotRoots, totals, root, nextEpoch)
}

// Commit is a paid mutator transaction binding the contract method 0xf1f22486.
//
// Solidity: function commit(bytes32[] saleIds, bytes32[] snapshotRoots, uint128[] totals, bytes32 root, uint64 nextEpoch) returns()
func (_PayoutDistributor *PayoutDistributorSession) Commit(saleIds [][32]byte, snapshotRoots [][32]byte, totals []*big.Int, root [32]byte, nextEpoch uint64) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.Commit(&_PayoutDistributor.TransactOpts, saleIds, snapshotRoots, totals, root, nextEpoch)
}

// Commit is a paid mutator transaction binding the contract method 0xf1f22486.
//
// Solidity: function commit(bytes32[] saleIds, bytes32[] snapshotRoots, uint128[] totals, bytes32 root, uint64 nextEpoch) returns()
func (_PayoutDistributor *PayoutDistributorTransactorSession) Commit(saleIds [][32]byte, snapshotRoots [][32]byte, totals []*big.Int, root [32]byte, nextEpoch uint64) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.Commit(&_PayoutDistributor.TransactOpts, saleIds, snapshotRoots, totals, root, nextEpoch)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_PayoutDistributor *PayoutDistributorTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PayoutDistributor.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_PayoutDistributor *PayoutDistributorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.GrantRole(&_PayoutDistributor.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_PayoutDistributor *PayoutDistributorTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.GrantRole(&_PayoutDistributor.TransactOpts, role, account)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_PayoutDistributor *PayoutDistributorTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _PayoutDistributor.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_PayoutDistributor *PayoutDistributorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.RenounceRole(&_PayoutDistributor.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_PayoutDistributor *PayoutDistributorTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.RenounceRole(&_PayoutDistributor.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_PayoutDistributor *PayoutDistributorTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PayoutDistributor.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_PayoutDistributor *PayoutDistributorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.RevokeRole(&_PayoutDistributor.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_PayoutDistributor *PayoutDistributorTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.RevokeRole(&_PayoutDistributor.TransactOpts, role, account)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_PayoutDistributor *PayoutDistributorTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _PayoutDistributor.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_PayoutDistributor *PayoutDistributorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.Transfer(&_PayoutDistributor.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_PayoutDistributor *PayoutDistributorTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.Transfer(&_PayoutDistributor.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_PayoutDistributor *PayoutDistributorTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _PayoutDistributor.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_PayoutDistributor *PayoutDistributorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.TransferFrom(&_PayoutDistributor.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_PayoutDistributor *PayoutDistributorTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.TransferFrom(&_PayoutDistributor.TransactOpts, from, to, value)
}

// PayoutDistributorApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the PayoutDistributor contract.
type PayoutDistributorApprovalIterator struct {
	Event *PayoutDistributorApproval // Event containing the contract specifics and raw log

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
func (it *PayoutDistributorApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PayoutDistributorApproval)
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
		it.Event = new(PayoutDistributorApproval)
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
func (it *PayoutDistributorApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PayoutDistributorApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PayoutDistributorApproval represents a Approval event raised by the PayoutDistributor contract.
type PayoutDistributorApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_PayoutDistributor *PayoutDistributorFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*PayoutDistributorApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _PayoutDistributor.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorApprovalIterator{contract: _PayoutDistributor.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_PayoutDistributor *PayoutDistributorFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *PayoutDistributorApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _PayoutDistributor.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PayoutDistributorApproval)
				if err := _PayoutDistributor.contract.UnpackLog(event, "Approval", log); err != nil {
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
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_PayoutDistributor *PayoutDistributorFilterer) ParseApproval(log types.Log) (*PayoutDistributorApproval, error) {
	event := new(PayoutDistributorApproval)
	if err := _PayoutDistributor.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PayoutDistributorClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the PayoutDistributor contract.
type PayoutDistributorClaimedIterator struct {
	Event *PayoutDistributorClaimed // Event containing the contract specifics and raw log

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
func (it *PayoutDistributorClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PayoutDistributorClaimed)
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
		it.Event = new(PayoutDistributorClaimed)
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
func (it *PayoutDistributorClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PayoutDistributorClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PayoutDistributorClaimed represents a Claimed event raised by the PayoutDistributor contract.
type PayoutDistributorClaimed struct {
	Account    common.Address
	Amount     *big.Int
	Cumulative *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0x987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a.
//
// Solidity: event Claimed(address indexed account, uint256 amount, uint256 cumulative)
func (_PayoutDistributor *PayoutDistributorFilterer) FilterClaimed(opts *bind.FilterOpts, account []common.Address) (*PayoutDistributorClaimedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _PayoutDistributor.contract.FilterLogs(opts, "Claimed", accountRule)
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorClaimedIterator{contract: _PayoutDistributor.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0x987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a.
//
// Solidity: event Claimed(address indexed account, uint256 amount, uint256 cumulative)
func (_PayoutDistributor *PayoutDistributorFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *PayoutDistributorClaimed, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _PayoutDistributor.contract.WatchLogs(opts, "Claimed", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PayoutDistributorClaimed)
				if err := _PayoutDistributor.contract.UnpackLog(event, "Claimed", log); err != nil {
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

// ParseClaimed is a log parse operation binding the contract event 0x987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a.
//
// Solidity: event Claimed(address indexed account, uint256 amount, uint256 cumulative)
func (_PayoutDistributor *PayoutDistributorFilterer) ParseClaimed(log types.Log) (*PayoutDistributorClaimed, error) {
	event := new(PayoutDistributorClaimed)
	if err := _PayoutDistributor.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PayoutDistributorRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the PayoutDistributor contract.
type PayoutDistributorRoleAdminChangedIterator struct {
	Event *PayoutDistributorRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *PayoutDistributorRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PayoutDistributorRoleAdminChanged)
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
		it.Event = new(PayoutDistributorRoleAdminChanged)
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
func (it *PayoutDistributorRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PayoutDistributorRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PayoutDistributorRoleAdminChanged represents a RoleAdminChanged event raised by the PayoutDistributor contract.
type PayoutDistributorRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_PayoutDistributor *PayoutDistributorFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*PayoutDistributorRoleAdminChangedIterator, error) {

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

	logs, sub, err := _PayoutDistributor.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorRoleAdminChangedIterator{contract: _PayoutDistributor.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_PayoutDistributor *PayoutDistributorFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *PayoutDistributorRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _PayoutDistributor.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PayoutDistributorRoleAdminChanged)
				if err := _PayoutDistributor.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_PayoutDistributor *PayoutDistributorFilterer) ParseRoleAdminChanged(log types.Log) (*PayoutDistributorRoleAdminChanged, error) {
	event := new(PayoutDistributorRoleAdminChanged)
	if err := _PayoutDistributor.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PayoutDistributorRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the PayoutDistributor contract.
type PayoutDistributorRoleGrantedIterator struct {
	Event *PayoutDistributorRoleGranted // Event containing the contract specifics and raw log

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
func (it *PayoutDistributorRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PayoutDistributorRoleGranted)
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
		it.Event = new(PayoutDistributorRoleGranted)
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
func (it *PayoutDistributorRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PayoutDistributorRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PayoutDistributorRoleGranted represents a RoleGranted event raised by the PayoutDistributor contract.
type PayoutDistributorRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_PayoutDistributor *PayoutDistributorFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*PayoutDistributorRoleGrantedIterator, error) {

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

	logs, sub, err := _PayoutDistributor.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorRoleGrantedIterator{contract: _PayoutDistributor.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_PayoutDistributor *PayoutDistributorFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *PayoutDistributorRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _PayoutDistributor.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PayoutDistributorRoleGranted)
				if err := _PayoutDistributor.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_PayoutDistributor *PayoutDistributorFilterer) ParseRoleGranted(log types.Log) (*PayoutDistributorRoleGranted, error) {
	event := new(PayoutDistributorRoleGranted)
	if err := _PayoutDistributor.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PayoutDistributorRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the PayoutDistributor contract.
type PayoutDistributorRoleRevokedIterator struct {
	Event *PayoutDistributorRoleRevoked // Event containing the contract specifics and raw log

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
func (it *PayoutDistributorRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PayoutDistributorRoleRevoked)
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
		it.Event = new(PayoutDistributorRoleRevoked)
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
func (it *PayoutDistributorRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PayoutDistributorRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PayoutDistributorRoleRevoked represents a RoleRevoked event raised by the PayoutDistributor contract.
type PayoutDistributorRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_PayoutDistributor *PayoutDistributorFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*PayoutDistributorRoleRevokedIterator, error) {

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

	logs, sub, err := _PayoutDistributor.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorRoleRevokedIterator{contract: _PayoutDistributor.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_PayoutDistributor *PayoutDistributorFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *PayoutDistributorRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _PayoutDistributor.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PayoutDistributorRoleRevoked)
				if err := _PayoutDistributor.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_PayoutDistributor *PayoutDistributorFilterer) ParseRoleRevoked(log types.Log) (*PayoutDistributorRoleRevoked, error) {
	event := new(PayoutDistributorRoleRevoked)
	if err := _PayoutDistributor.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PayoutDistributorRootCommittedIterator is returned from FilterRootCommitted and is used to iterate over the raw logs and unpacked data for RootCommitted events raised by the PayoutDistributor contract.
type PayoutDistributorRootCommittedIterator struct {
	Event *PayoutDistributorRootCommitted // Event containing the contract specifics and raw log

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
func (it *PayoutDistributorRootCommittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PayoutDistributorRootCommitted)
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
		it.Event = new(PayoutDistributorRootCommitted)
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
func (it *PayoutDistributorRootCommittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PayoutDistributorRootCommittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PayoutDistributorRootCommitted represents a RootCommitted event raised by the PayoutDistributor contract.
type PayoutDistributorRootCommitted struct {
	Epoch uint64
	Root  [32]byte
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterRootCommitted is a free log retrieval operation binding the contract event 0x8e4416f5a06409fbb4bc4c54ee4b2f81c89c3f4d082198c3a3e4af5ee69c724c.
//
// Solidity: event RootCommitted(uint64 indexed epoch, bytes32 root)
func (_PayoutDistributor *PayoutDistributorFilterer) FilterRootCommitted(opts *bind.FilterOpts, epoch []uint64) (*PayoutDistributorRootCommittedIterator, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _PayoutDistributor.contract.FilterLogs(opts, "RootCommitted", epochRule)
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorRootCommittedIterator{contract: _PayoutDistributor.contract, event: "RootCommitted", logs: logs, sub: sub}, nil
}

// WatchRootCommitted is a free log subscription operation binding the contract event 0x8e4416f5a06409fbb4bc4c54ee4b2f81c89c3f4d082198c3a3e4af5ee69c724c.
//
// Solidity: event RootCommitted(uint64 indexed epoch, bytes32 root)
func (_PayoutDistributor *PayoutDistributorFilterer) WatchRootCommitted(opts *bind.WatchOpts, sink chan<- *PayoutDistributorRootCommitted, epoch []uint64) (event.Subscription, error) {

	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _PayoutDistributor.contract.WatchLogs(opts, "RootCommitted", epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PayoutDistributorRootCommitted)
				if err := _PayoutDistributor.contract.UnpackLog(event, "RootCommitted", log); err != nil {
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

// ParseRootCommitted is a log parse operation binding the contract event 0x8e4416f5a06409fbb4bc4c54ee4b2f81c89c3f4d082198c3a3e4af5ee69c724c.
//
// Solidity: event RootCommitted(uint64 indexed epoch, bytes32 root)
func (_PayoutDistributor *PayoutDistributorFilterer) ParseRootCommitted(log types.Log) (*PayoutDistributorRootCommitted, error) {
	event := new(PayoutDistributorRootCommitted)
	if err := _PayoutDistributor.contract.UnpackLog(event, "RootCommitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PayoutDistributorSaleRecordedIterator is returned from FilterSaleRecorded and is used to iterate over the raw logs and unpacked data for SaleRecorded events raised by the PayoutDistributor contract.
type PayoutDistributorSaleRecordedIterator struct {
	Event *PayoutDistributorSaleRecorded // Event containing the contract specifics and raw log

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
func (it *PayoutDistributorSaleRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PayoutDistributorSaleRecorded)
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
		it.Event = new(PayoutDistributorSaleRecorded)
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
func (it *PayoutDistributorSaleRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PayoutDistributorSaleRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PayoutDistributorSaleRecorded represents a SaleRecorded event raised by the PayoutDistributor contract.
type PayoutDistributorSaleRecorded struct {
	SaleId       [32]byte
	SnapshotRoot [32]byte
	TotalCents   *big.Int
	Epoch        uint64
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterSaleRecorded is a free log retrieval operation binding the contract event 0x3666a6a0c7dc938cd4f1563a13f5d0cf5a3ba535d1dc1ab38b63c5bcecf7b4c9.
//
// Solidity: event SaleRecorded(bytes32 indexed saleId, bytes32 snapshotRoot, uint256 totalCents, uint64 epoch)
func (_PayoutDistributor *PayoutDistributorFilterer) FilterSaleRecorded(opts *bind.FilterOpts, saleId [][32]byte) (*PayoutDistributorSaleRecordedIterator, error) {

	var saleIdRule []interface{}
	for _, saleIdItem := range saleId {
		saleIdRule = append(saleIdRule, saleIdItem)
	}

	logs, sub, err := _PayoutDistributor.contract.FilterLogs(opts, "SaleRecorded", saleIdRule)
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorSaleRecordedIterator{contract: _PayoutDistributor.contract, event: "SaleRecorded", logs: logs, sub: sub}, nil
}

// WatchSaleRecorded is a free log subscription operation binding the contract event 0x3666a6a0c7dc938cd4f1563a13f5d0cf5a3ba535d1dc1ab38b63c5bcecf7b4c9.
//
// Solidity: event SaleRecorded(bytes32 indexed saleId, bytes32 snapshotRoot, uint256 totalCents, uint64 epoch)
func (_PayoutDistributor *PayoutDistributorFilterer) WatchSaleRecorded(opts *bind.WatchOpts, sink chan<- *PayoutDistributorSaleRecorded, saleId [][32]byte) (event.Subscription, error) {

	var saleIdRule []interface{}
	for _, saleIdItem := range saleId {
		saleIdRule = append(saleIdRule, saleIdItem)
	}

	logs, sub, err := _PayoutDistributor.contract.WatchLogs(opts, "SaleRecorded", saleIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PayoutDistributorSaleRecorded)
				if err := _PayoutDistributor.contract.UnpackLog(event, "SaleRecorded", log); err != nil {
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

// ParseSaleRecorded is a log parse operation binding the contract event 0x3666a6a0c7dc938cd4f1563a13f5d0cf5a3ba535d1dc1ab38b63c5bcecf7b4c9.
//
// Solidity: event SaleRecorded(bytes32 indexed saleId, bytes32 snapshotRoot, uint256 totalCents, uint64 epoch)
func (_PayoutDistributor *PayoutDistributorFilterer) ParseSaleRecorded(log types.Log) (*PayoutDistributorSaleRecorded, error) {
	event := new(PayoutDistributorSaleRecorded)
	if err := _PayoutDistributor.contract.UnpackLog(event, "SaleRecorded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PayoutDistributorTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the PayoutDistributor contract.
type PayoutDistributorTransferIterator struct {
	Event *PayoutDistributorTransfer // Event containing the contract specifics and raw log

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
func (it *PayoutDistributorTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PayoutDistributorTransfer)
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
		it.Event = new(PayoutDistributorTransfer)
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
func (it *PayoutDistributorTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PayoutDistributorTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PayoutDistributorTransfer represents a Transfer event raised by the PayoutDistributor contract.
type PayoutDistributorTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_PayoutDistributor *PayoutDistributorFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*PayoutDistributorTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _PayoutDistributor.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorTransferIterator{contract: _PayoutDistributor.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_PayoutDistributor *PayoutDistributorFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *PayoutDistributorTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _PayoutDistributor.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PayoutDistributorTransfer)
				if err := _PayoutDistributor.contract.UnpackLog(event, "Transfer", log); err != nil {
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
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_PayoutDistributor *PayoutDistributorFilterer) ParseTransfer(log types.Log) (*PayoutDistributorTransfer, error) {
	event := new(PayoutDistributorTransfer)
	if err := _PayoutDistributor.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

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

// PlainERC721MetaData contains all meta data concerning the PlainERC721 contract.
var PlainERC721MetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"}],\"name\":\"mintBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalMinted\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b5060405180604001604052806005815260200164283630b4b760d91b81525060405180604001604052806005815260200164282620a4a760d91b815250815f908161005a9190610107565b5060016100678282610107565b5050506101c1565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061009757607f821691505b6020821081036100b557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561010257805f5260205f20601f840160051c810160208510156100e05750805b601f840160051c820191505b818110156100ff575f81556001016100ec565b50505b505050565b81516001600160401b038111156101205761012061006f565b6101348161012e8454610083565b846100bb565b6020601f821160018114610166575f831561014f5750848201515b5f19600385901b1c1916600184901b1784556100ff565b5f84815260208120601f198516915b828110156101955787850151825560209485019460019092019101610175565b50848210156101b257868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b61107d806101ce5f395ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c806370a0823111610093578063a2309ff811610063578063a2309ff8146101f9578063b88d4fde14610202578063c87b56dd14610215578063e985e9c514610228575f5ffd5b806370a08231146101aa578063927f59ba146101cb57806395d89b41146101de578063a22cb465146101e6575f5ffd5b8063095ea7b3116100ce578063095ea7b31461015c57806323b872dd1461017157806342842e0e146101845780636352211e14610197575f5ffd5b806301ffc9a7146100f457806306fdde031461011c578063081812fc14610131575b5f5ffd5b610107610102366004610c6b565b61023b565b60405190151581526020015b60405180910390f35b61012461028c565b6040516101139190610cb4565b61014461013f366004610cc6565b61031b565b6040516001600160a01b039091168152602001610113565b61016f61016a366004610cf8565b610342565b005b61016f61017f366004610d20565b610351565b61016f610192366004610d20565b6103df565b6101446101a5366004610cc6565b6103fe565b6101bd6101b8366004610d5a565b610408565b604051908152602001610113565b61016f6101d9366004610d73565b61044d565b6101246104c9565b61016f6101f4366004610de4565b6104d8565b6101bd60065481565b61016f610210366004610e31565b6104e3565b610124610223366004610cc6565b6104fb565b610107610236366004610f0e565b61056c565b5f6001600160e01b031982166380ac58cd60e01b148061026b57506001600160e01b03198216635b5e139f60e01b145b8061028657506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f805461029a90610f3f565b80601f01602080910402602001604051908101604052809291908181526020018280546102c690610f3f565b80156103115780601f106102e857610100808354040283529160200191610311565b820191905f5260205f20905b8154815290600101906020018083116102f457829003601f168201915b5050505050905090565b5f61032582610599565b505f828152600460205260409020546001600160a01b0316610286565b61034d8282336105d1565b5050565b6001600160a01b03821661037f57604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f61038b8383336105de565b9050836001600160a01b0316816001600160a01b0316146103d9576040516364283d7b60e01b81526001600160a01b0380861660048301526024820184905282166044820152606401610376565b50505050565b6103f983838360405180602001604052805f8152506104e3565b505050565b5f61028682610599565b5f6001600160a01b038216610432576040516322718ad960e21b81525f6004820152602401610376565b506001600160a01b03165f9081526003602052604090205490565b5f600654600161045d9190610f8b565b90505f5b828110156104aa576104a284848381811061047e5761047e610f9e565b90506020020160208101906104939190610d5a565b61049d8385610f8b565b6106d0565b600101610461565b5060016104b78383610f8b565b6104c19190610fb2565b600655505050565b60606001805461029a90610f3f565b61034d338383610731565b6104ee848484610351565b6103d933858585856107f8565b606061050682610599565b505f61051c60408051602081019091525f815290565b90505f81511161053a5760405180602001604052805f815250610565565b8061054484610920565b604051602001610555929190610fdc565b6040516020818303038152906040525b9392505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f818152600260205260408120546001600160a01b03168061028657604051637e27328960e01b815260048101849052602401610376565b6103f983838360016109b0565b5f828152600260205260408120546001600160a01b039081169083161561060a5761060a818486610ab4565b6001600160a01b03811615610644576106255f855f5f6109b0565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615610672576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b6001600160a01b0382166106f957604051633250574960e11b81525f6004820152602401610376565b5f61070583835f6105de565b90506001600160a01b038116156103f9576040516339e3563760e11b81525f6004820152602401610376565b6001600160a01b03831661075a5760405163a9fbf51f60e01b81525f6004820152602401610376565b6001600160a01b03821661078c57604051630b61174360e31b81526001600160a01b0383166004820152602401610376565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b1561091957604051630a85bd0160e11b81526001600160a01b0384169063150b7a029061083a908890889087908790600401610ff0565b6020604051808303815f875af1925050508015610874575060408051601f3d908101601f191682019092526108719181019061102c565b60015b6108db573d8080156108a1576040519150601f19603f3d011682016040523d82523d5f602084013e6108a6565b606091505b5080515f036108d357604051633250574960e11b81526001600160a01b0385166004820152602401610376565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b1461091757604051633250574960e11b81526001600160a01b0385166004820152602401610376565b505b5050505050565b60605f61092c83610b18565b60010190505f8167ffffffffffffffff81111561094b5761094b610e1d565b6040519080825280601f01601f191660200182016040528015610975576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461097f57509392505050565b80806109c457506001600160a01b03821615155b15610a85575f6109d384610599565b90506001600160a01b038316158015906109ff5750826001600160a01b0316816001600160a01b031614155b8015610a125750610a10818461056c565b155b15610a3b5760405163a9fbf51f60e01b81526001600160a01b0384166004820152602401610376565b8115610a835783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b610abf838383610bef565b6103f9576001600160a01b038316610aed57604051637e27328960e01b815260048101829052602401610376565b60405163177e802f60e01b81526001600160a01b038316600482015260248101829052604401610376565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310610b565772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310610b82576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310610ba057662386f26fc10000830492506010015b6305f5e1008310610bb8576305f5e100830492506008015b6127108310610bcc57612710830492506004015b60648310610bde576064830492506002015b600a83106102865760010192915050565b5f6001600160a01b03831615801590610c4b5750826001600160a01b0316846001600160a01b03161480610c285750610c28848461056c565b80610c4b57505f828152600460205260409020546001600160a01b038481169116145b949350505050565b6001600160e01b031981168114610c68575f5ffd5b50565b5f60208284031215610c7b575f5ffd5b813561056581610c53565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6105656020830184610c86565b5f60208284031215610cd6575f5ffd5b5035919050565b80356001600160a01b0381168114610cf3575f5ffd5b919050565b5f5f60408385031215610d09575f5ffd5b610d1283610cdd565b946020939093013593505050565b5f5f5f60608486031215610d32575f5ffd5b610d3b84610cdd565b9250610d4960208501610cdd565b929592945050506040919091013590565b5f60208284031215610d6a575f5ffd5b61056582610cdd565b5f5f60208385031215610d84575f5ffd5b823567ffffffffffffffff811115610d9a575f5ffd5b8301601f81018513610daa575f5ffd5b803567ffffffffffffffff811115610dc0575f5ffd5b8560208260051b8401011115610dd4575f5ffd5b6020919091019590945092505050565b5f5f60408385031215610df5575f5ffd5b610dfe83610cdd565b915060208301358015158114610e12575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215610e44575f5ffd5b610e4d85610cdd565b9350610e5b60208601610cdd565b925060408501359150606085013567ffffffffffffffff811115610e7d575f5ffd5b8501601f81018713610e8d575f5ffd5b803567ffffffffffffffff811115610ea757610ea7610e1d565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715610ed657610ed6610e1d565b604052818152828201602001891015610eed575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215610f1f575f5ffd5b610f2883610cdd565b9150610f3660208401610cdd565b90509250929050565b600181811c90821680610f5357607f821691505b602082108103610f7157634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561028657610286610f77565b634e487b7160e01b5f52603260045260245ffd5b8181038181111561028657610286610f77565b5f81518060208401855e5f93019283525090919050565b5f610c4b610fea8386610fc5565b84610fc5565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061102290830184610c86565b9695505050505050565b5f6020828403121561103c575f5ffd5b815161056581610c5356fea264697066735822122081a43e52264a4f790513ba904b1bd7d1d091613284bab45d4a761f25c3b26c2c64736f6c634300081c0033",
}

// PlainERC721ABI is the input ABI used to generate the binding from.
// Deprecated: Use PlainERC721MetaData.ABI instead.
var PlainERC721ABI = PlainERC721MetaData.ABI

// PlainERC721Bin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PlainERC721MetaData.Bin instead.
var PlainERC721Bin = PlainERC721MetaData.Bin

// DeployPlainERC721 deploys a new Ethereum contract, binding an instance of PlainERC721 to it.
func DeployPlainERC721(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *PlainERC721, error) {
	parsed, err := PlainERC721MetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PlainERC721Bin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &PlainERC721{PlainERC721Caller: PlainERC721Caller{contract: contract}, PlainERC721Transactor: PlainERC721Transactor{contract: contract}, PlainERC721Filterer: PlainERC721Filterer{contract: contract}}, nil
}

// PlainERC721 is an auto generated Go binding around an Ethereum contract.
type PlainERC721 struct {
	PlainERC721Caller     // Read-only binding to the contract
	PlainERC721Transactor // Write-only binding to the contract
	PlainERC721Filterer   // Log filterer for contract events
}

// PlainERC721Caller is an auto generated read-only Go binding around an Ethereum contract.
type PlainERC721Caller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PlainERC721Transactor is an auto generated write-only Go binding around an Ethereum contract.
type PlainERC721Transactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PlainERC721Filterer is an auto generated log filtering Go binding around an Ethereum contract events.
type PlainERC721Filterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// PlainERC721Session is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type PlainERC721Session struct {
	Contract     *PlainERC721      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// PlainERC721CallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type PlainERC721CallerSession struct {
	Contract *PlainERC721Caller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// PlainERC721TransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type PlainERC721TransactorSession struct {
	Contract     *PlainERC721Transactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// PlainERC721Raw is an auto generated low-level Go binding around an Ethereum contract.
type PlainERC721Raw struct {
	Contract *PlainERC721 // Generic contract binding to access the raw methods on
}

// PlainERC721CallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type PlainERC721CallerRaw struct {
	Contract *PlainERC721Caller // Generic read-only contract binding to access the raw methods on
}

// PlainERC721TransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type PlainERC721TransactorRaw struct {
	Contract *PlainERC721Transactor // Generic write-only contract binding to access the raw methods on
}

// NewPlainERC721 creates a new instance of PlainERC721, bound to a specific deployed contract.
func NewPlainERC721(address common.Address, backend bind.ContractBackend) (*PlainERC721, error) {
	contract, err := bindPlainERC721(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &PlainERC721{PlainERC721Caller: PlainERC721Caller{contract: contract}, PlainERC721Transactor: PlainERC721Transactor{contract: contract}, PlainERC721Filterer: PlainERC721Filterer{contract: contract}}, nil
}

// NewPlainERC721Caller creates a new read-only instance of PlainERC721, bound to a specific deployed contract.
func NewPlainERC721Caller(address common.Address, caller bind.ContractCaller) (*PlainERC721Caller, error) {
	contract, err := bindPlainERC721(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &PlainERC721Caller{contract: contract}, nil
}

// NewPlainERC721Transactor creates a new write-only instance of PlainERC721, bound to a specific deployed contract.
func NewPlainERC721Transactor(address common.Address, transactor bind.ContractTransactor) (*PlainERC721Transactor, error) {
	contract, err := bindPlainERC721(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &PlainERC721Transactor{contract: contract}, nil
}

// NewPlainERC721Filterer creates a new log filterer instance of PlainERC721, bound to a specific deployed contract.
func NewPlainERC721Filterer(address common.Address, filterer bind.ContractFilterer) (*PlainERC721Filterer, error) {
	contract, err := bindPlainERC721(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &PlainERC721Filterer{contract: contract}, nil
}

// bindPlainERC721 binds a generic wrapper to an already deployed contract.
func bindPlainERC721(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := PlainERC721MetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PlainERC721 *PlainERC721Raw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PlainERC721.Contract.PlainERC721Caller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PlainERC721 *PlainERC721Raw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PlainERC721.Contract.PlainERC721Transactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PlainERC721 *PlainERC721Raw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PlainERC721.Contract.PlainERC721Transactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_PlainERC721 *PlainERC721CallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _PlainERC721.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_PlainERC721 *PlainERC721TransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PlainERC721.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_PlainERC721 *PlainERC721TransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _PlainERC721.Contract.contract.Transact(opts, method, params...)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_PlainERC721 *PlainERC721Caller) BalanceOf(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _PlainERC721.contract.Call(opts, &out, "balanceOf", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_PlainERC721 *PlainERC721Session) BalanceOf(owner common.Address) (*big.Int, error) {
	return _PlainERC721.Contract.BalanceOf(&_PlainERC721.CallOpts, owner)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (_PlainERC721 *PlainERC721CallerSession) BalanceOf(owner common.Address) (*big.Int, error) {
	return _PlainERC721.Contract.BalanceOf(&_PlainERC721.CallOpts, owner)
}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_PlainERC721 *PlainERC721Caller) GetApproved(opts *bind.CallOpts, tokenId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _PlainERC721.contract.Call(opts, &out, "getApproved", tokenId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_PlainERC721 *PlainERC721Session) GetApproved(tokenId *big.Int) (common.Address, error) {
	return _PlainERC721.Contract.GetApproved(&_PlainERC721.CallOpts, tokenId)
}

// GetApproved is a free data retrieval call binding the contract method 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (_PlainERC721 *PlainERC721CallerSession) GetApproved(tokenId *big.Int) (common.Address, error) {
	return _PlainERC721.Contract.GetApproved(&_PlainERC721.CallOpts, tokenId)
}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_PlainERC721 *PlainERC721Caller) IsApprovedForAll(opts *bind.CallOpts, owner common.Address, operator common.Address) (bool, error) {
	var out []interface{}
	err := _PlainERC721.contract.Call(opts, &out, "isApprovedForAll", owner, operator)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_PlainERC721 *PlainERC721Session) IsApprovedForAll(owner common.Address, operator common.Address) (bool, error) {
	return _PlainERC721.Contract.IsApprovedForAll(&_PlainERC721.CallOpts, owner, operator)
}

// IsApprovedForAll is a free data retrieval call binding the contract method 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (_PlainERC721 *PlainERC721CallerSession) IsApprovedForAll(owner common.Address, operator common.Address) (bool, error) {
	return _PlainERC721.Contract.IsApprovedForAll(&_PlainERC721.CallOpts, owner, operator)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_PlainERC721 *PlainERC721Caller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _PlainERC721.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_PlainERC721 *PlainERC721Session) Name() (string, error) {
	return _PlainERC721.Contract.Name(&_PlainERC721.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_PlainERC721 *PlainERC721CallerSession) Name() (string, error) {
	return _PlainERC721.Contract.Name(&_PlainERC721.CallOpts)
}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_PlainERC721 *PlainERC721Caller) OwnerOf(opts *bind.CallOpts, tokenId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _PlainERC721.contract.Call(opts, &out, "ownerOf", tokenId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_PlainERC721 *PlainERC721Session) OwnerOf(tokenId *big.Int) (common.Address, error) {
	return _PlainERC721.Contract.OwnerOf(&_PlainERC721.CallOpts, tokenId)
}

// OwnerOf is a free data retrieval call binding the contract method 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (_PlainERC721 *PlainERC721CallerSession) OwnerOf(tokenId *big.Int) (common.Address, error) {
	return _PlainERC721.Contract.OwnerOf(&_PlainERC721.CallOpts, tokenId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_PlainERC721 *PlainERC721Caller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _PlainERC721.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_PlainERC721 *PlainERC721Session) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _PlainERC721.Contract.SupportsInterface(&_PlainERC721.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_PlainERC721 *PlainERC721CallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _PlainERC721.Contract.SupportsInterface(&_PlainERC721.CallOpts, interfaceId)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_PlainERC721 *PlainERC721Caller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _PlainERC721.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_PlainERC721 *PlainERC721Session) Symbol() (string, error) {
	return _PlainERC721.Contract.Symbol(&_PlainERC721.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_PlainERC721 *PlainERC721CallerSession) Symbol() (string, error) {
	return _PlainERC721.Contract.Symbol(&_PlainERC721.CallOpts)
}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_PlainERC721 *PlainERC721Caller) TokenURI(opts *bind.CallOpts, tokenId *big.Int) (string, error) {
	var out []interface{}
	err := _PlainERC721.contract.Call(opts, &out, "tokenURI", tokenId)

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_PlainERC721 *PlainERC721Session) TokenURI(tokenId *big.Int) (string, error) {
	return _PlainERC721.Contract.TokenURI(&_PlainERC721.CallOpts, tokenId)
}

// TokenURI is a free data retrieval call binding the contract method 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (_PlainERC721 *PlainERC721CallerSession) TokenURI(tokenId *big.Int) (string, error) {
	return _PlainERC721.Contract.TokenURI(&_PlainERC721.CallOpts, tokenId)
}

// TotalMinted is a free data retrieval call binding the contract method 0xa2309ff8.
//
// Solidity: function totalMinted() view returns(uint256)
func (_PlainERC721 *PlainERC721Caller) TotalMinted(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _PlainERC721.contract.Call(opts, &out, "totalMinted")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalMinted is a free data retrieval call binding the contract method 0xa2309ff8.
//
// Solidity: function totalMinted() view returns(uint256)
func (_PlainERC721 *PlainERC721Session) TotalMinted() (*big.Int, error) {
	return _PlainERC721.Contract.TotalMinted(&_PlainERC721.CallOpts)
}

// TotalMinted is a free data retrieval call binding the contract method 0xa2309ff8.
//
// Solidity: function totalMinted() view returns(uint256)
func (_PlainERC721 *PlainERC721CallerSession) TotalMinted() (*big.Int, error) {
	return _PlainERC721.Contract.TotalMinted(&_PlainERC721.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (_PlainERC721 *PlainERC721Transactor) Approve(opts *bind.TransactOpts, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _PlainERC721.contract.Transact(opts, "approve", to, tokenId)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (_PlainERC721 *PlainERC721Session) Approve(to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _PlainERC721.Contract.Approve(&_PlainERC721.TransactOpts, to, tokenId)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (_PlainERC721 *PlainERC721TransactorSession) Approve(to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _PlainERC721.Contract.Approve(&_PlainERC721.TransactOpts, to, tokenId)
}

// MintBatch is a paid mutator transaction binding the contract method 0x927f59ba.
//
// Solidity: function mintBatch(address[] to) returns()
func (_PlainERC721 *PlainERC721Transactor) MintBatch(opts *bind.TransactOpts, to []common.Address) (*types.Transaction, error) {
	return _PlainERC721.contract.Transact(opts, "mintBatch", to)
}

// MintBatch is a paid mutator transaction binding the contract method 0x927f59ba.
//
// Solidity: function mintBatch(address[] to) returns()
func (_PlainERC721 *PlainERC721Session) MintBatch(to []common.Address) (*types.Transaction, error) {
	return _PlainERC721.Contract.MintBatch(&_PlainERC721.TransactOpts, to)
}

// MintBatch is a paid mutator transaction binding the contract method 0x927f59ba.
//
// Solidity: function mintBatch(address[] to) returns()
func (_PlainERC721 *PlainERC721TransactorSession) MintBatch(to []common.Address) (*types.Transaction, error) {
	return _PlainERC721.Contract.MintBatch(&_PlainERC721.TransactOpts, to)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_PlainERC721 *PlainERC721Transactor) SafeTransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _PlainERC721.contract.Transact(opts, "safeTransferFrom", from, to, tokenId)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_PlainERC721 *PlainERC721Session) SafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _PlainERC721.Contract.SafeTransferFrom(&_PlainERC721.TransactOpts, from, to, tokenId)
}

// SafeTransferFrom is a paid mutator transaction binding the contract method 0x42842e0e.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (_PlainERC721 *PlainERC721TransactorSession) SafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _PlainERC721.Contract.SafeTransferFrom(&_PlainERC721.TransactOpts, from, to, tokenId)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_PlainERC721 *PlainERC721Transactor) SafeTransferFrom0(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _PlainERC721.contract.Transact(opts, "safeTransferFrom0", from, to, tokenId, data)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_PlainERC721 *PlainERC721Session) SafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _PlainERC721.Contract.SafeTransferFrom0(&_PlainERC721.TransactOpts, from, to, tokenId, data)
}

// SafeTransferFrom0 is a paid mutator transaction binding the contract method 0xb88d4fde.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (_PlainERC721 *PlainERC721TransactorSession) SafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) (*types.Transaction, error) {
	return _PlainERC721.Contract.SafeTransferFrom0(&_PlainERC721.TransactOpts, from, to, tokenId, data)
}

// SetApprovalForAll is a paid mutator transaction binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (_PlainERC721 *PlainERC721Transactor) SetApprovalForAll(opts *bind.TransactOpts, operator common.Address, approved bool) (*types.Transaction, error) {
	return _PlainERC721.contract.Transact(opts, "setApprovalForAll", operator, approved)
}

// SetApprovalForAll is a paid mutator transaction binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (_PlainERC721 *PlainERC721Session) SetApprovalForAll(operator common.Address, approved bool) (*types.Transaction, error) {
	return _PlainERC721.Contract.SetApprovalForAll(&_PlainERC721.TransactOpts, operator, approved)
}

// SetApprovalForAll is a paid mutator transaction binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (_PlainERC721 *PlainERC721TransactorSession) SetApprovalForAll(operator common.Address, approved bool) (*types.Transaction, error) {
	return _PlainERC721.Contract.SetApprovalForAll(&_PlainERC721.TransactOpts, operator, approved)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_PlainERC721 *PlainERC721Transactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _PlainERC721.contract.Transact(opts, "transferFrom", from, to, tokenId)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_PlainERC721 *PlainERC721Session) TransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _PlainERC721.Contract.TransferFrom(&_PlainERC721.TransactOpts, from, to, tokenId)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (_PlainERC721 *PlainERC721TransactorSession) TransferFrom(from common.Address, to common.Address, tokenId *big.Int) (*types.Transaction, error) {
	return _PlainERC721.Contract.TransferFrom(&_PlainERC721.TransactOpts, from, to, tokenId)
}

// PlainERC721ApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the PlainERC721 contract.
type PlainERC721ApprovalIterator struct {
	Event *PlainERC721Approval // Event containing the contract specifics and raw log

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
func (it *PlainERC721ApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PlainERC721Approval)
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
		it.Event = new(PlainERC721Approval)
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
func (it *PlainERC721ApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PlainERC721ApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PlainERC721Approval represents a Approval event raised by the PlainERC721 contract.
type PlainERC721Approval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_PlainERC721 *PlainERC721Filterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, approved []common.Address, tokenId []*big.Int) (*PlainERC721ApprovalIterator, error) {

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

	logs, sub, err := _PlainERC721.contract.FilterLogs(opts, "Approval", ownerRule, approvedRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return &PlainERC721ApprovalIterator{contract: _PlainERC721.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (_PlainERC721 *PlainERC721Filterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *PlainERC721Approval, owner []common.Address, approved []common.Address, tokenId []*big.Int) (event.Subscription, error) {

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

	logs, sub, err := _PlainERC721.contract.WatchLogs(opts, "Approval", ownerRule, approvedRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PlainERC721Approval)
				if err := _PlainERC721.contract.UnpackLog(event, "Approval", log); err != nil {
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
func (_PlainERC721 *PlainERC721Filterer) ParseApproval(log types.Log) (*PlainERC721Approval, error) {
	event := new(PlainERC721Approval)
	if err := _PlainERC721.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PlainERC721ApprovalForAllIterator is returned from FilterApprovalForAll and is used to iterate over the raw logs and unpacked data for ApprovalForAll events raised by the PlainERC721 contract.
type PlainERC721ApprovalForAllIterator struct {
	Event *PlainERC721ApprovalForAll // Event containing the contract specifics and raw log

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
func (it *PlainERC721ApprovalForAllIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PlainERC721ApprovalForAll)
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
		it.Event = new(PlainERC721ApprovalForAll)
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
func (it *PlainERC721ApprovalForAllIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PlainERC721ApprovalForAllIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PlainERC721ApprovalForAll represents a ApprovalForAll event raised by the PlainERC721 contract.
type PlainERC721ApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterApprovalForAll is a free log retrieval operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_PlainERC721 *PlainERC721Filterer) FilterApprovalForAll(opts *bind.FilterOpts, owner []common.Address, operator []common.Address) (*PlainERC721ApprovalForAllIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _PlainERC721.contract.FilterLogs(opts, "ApprovalForAll", ownerRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return &PlainERC721ApprovalForAllIterator{contract: _PlainERC721.contract, event: "ApprovalForAll", logs: logs, sub: sub}, nil
}

// WatchApprovalForAll is a free log subscription operation binding the contract event 0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (_PlainERC721 *PlainERC721Filterer) WatchApprovalForAll(opts *bind.WatchOpts, sink chan<- *PlainERC721ApprovalForAll, owner []common.Address, operator []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _PlainERC721.contract.WatchLogs(opts, "ApprovalForAll", ownerRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PlainERC721ApprovalForAll)
				if err := _PlainERC721.contract.UnpackLog(event, "ApprovalForAll", log); err != nil {
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
func (_PlainERC721 *PlainERC721Filterer) ParseApprovalForAll(log types.Log) (*PlainERC721ApprovalForAll, error) {
	event := new(PlainERC721ApprovalForAll)
	if err := _PlainERC721.contract.UnpackLog(event, "ApprovalForAll", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PlainERC721TransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the PlainERC721 contract.
type PlainERC721TransferIterator struct {
	Event *PlainERC721Transfer // Event containing the contract specifics and raw log

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
func (it *PlainERC721TransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PlainERC721Transfer)
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
		it.Event = new(PlainERC721Transfer)
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
func (it *PlainERC721TransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PlainERC721TransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PlainERC721Transfer represents a Transfer event raised by the PlainERC721 contract.
type PlainERC721Transfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_PlainERC721 *PlainERC721Filterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address, tokenId []*big.Int) (*PlainERC721TransferIterator, error) {

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

	logs, sub, err := _PlainERC721.contract.FilterLogs(opts, "Transfer", fromRule, toRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return &PlainERC721TransferIterator{contract: _PlainERC721.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (_PlainERC721 *PlainERC721Filterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *PlainERC721Transfer, from []common.Address, to []common.Address, tokenId []*big.Int) (event.Subscription, error) {

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

	logs, sub, err := _PlainERC721.contract.WatchLogs(opts, "Transfer", fromRule, toRule, tokenIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PlainERC721Transfer)
				if err := _PlainERC721.contract.UnpackLog(event, "Transfer", log); err != nil {
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
func (_PlainERC721 *PlainERC721Filterer) ParseTransfer(log types.Log) (*PlainERC721Transfer, error) {
	event := new(PlainERC721Transfer)
	if err := _PlainERC721.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

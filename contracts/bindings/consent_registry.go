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

// ConsentRegistryConsent is an auto generated low-level Go binding around an user-defined struct.
type ConsentRegistryConsent struct {
	Subject      common.Address
	Scope        [32]byte
	TermsVersion uint32
	Granted      bool
	ActedAt      uint64
	Custodial    bool
	Nonce        *big.Int
	Deadline     *big.Int
}

// ConsentRegistryEntry is an auto generated low-level Go binding around an user-defined struct.
type ConsentRegistryEntry struct {
	Granted      bool
	Custodial    bool
	TermsVersion uint32
	ActedAt      uint64
	RecordedAt   uint64
}

// ConsentRegistryMetaData contains all meta data concerning the ConsentRegistry contract.
var ConsentRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"actedAt\",\"type\":\"uint64\"}],\"name\":\"ActedInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"subject\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"scope\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"granted\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"termsVersion\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"actedAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"custodial\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"ConsentRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CONSENT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CLOCK_SKEW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"subject\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"scope\",\"type\":\"bytes32\"}],\"name\":\"consented\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"granted\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"termsVersion\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"subject\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"scope\",\"type\":\"bytes32\"}],\"name\":\"history\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"granted\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"custodial\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"termsVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"actedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"recordedAt\",\"type\":\"uint64\"}],\"internalType\":\"structConsentRegistry.Entry[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"subject\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"scope\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"termsVersion\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"granted\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"actedAt\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"custodial\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structConsentRegistry.Consent\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"record\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610160604052348015610010575f5ffd5b506040518060400160405280600b81526020016a1492110810dbdb9cd95b9d60aa1b815250604051806040016040528060018152602001601960f91b81525061005e8261010560201b60201c565b6101205261006b81610105565b61014052815160208084019190912060e052815190820120610100524660a0526100f760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526101a6565b5f5f829050601f81511115610138578260405163305a27a960e01b815260040161012f919061014b565b60405180910390fd5b805161014382610180565b179392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156101a0575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051610ed16101f75f395f6108a301525f61087801525f610a1501525f6109ed01525f61094801525f61097201525f61099c0152610ed15ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c806384b0196e1161005857806384b0196e14610135578063bfb5619914610150578063f698da2514610165578063fe10649b1461016d575f5ffd5b80630fe231b2146100895780636a86ac38146100b2578063725d0b8e146100e75780637ecebe0014610116575b5f5ffd5b61009c610097366004610bac565b61018f565b6040516100a99190610bd4565b60405180910390f35b6100d97fc0c089eab82cf1eaf8b84f544a48403ded2b8c6f46e871dc0bba58e159a8528781565b6040519081526020016100a9565b6100fa6100f5366004610bac565b610259565b60408051921515835263ffffffff9091166020830152016100a9565b6100d9610124366004610c64565b60026020525f908152604090205481565b61013d6102dd565b6040516100a99796959493929190610cb2565b61016361015e366004610d48565b61031f565b005b6100d9610863565b61017661038481565b60405167ffffffffffffffff90911681526020016100a9565b6001600160a01b0382165f9081526003602090815260408083208484528252808320805482518185028101850190935280835260609492939192909184015b8282101561024c575f8481526020908190206040805160a0810182529185015460ff8082161515845261010082041615158385015263ffffffff620100008204169183019190915267ffffffffffffffff6601000000000000820481166060840152600160701b9091041660808201528252600190920191016101ce565b5050505090505b92915050565b6001600160a01b0382165f908152600360209081526040808320848452909152812080548291908203610292575f5f92509250506102d6565b80545f9082906102a490600190610de4565b815481106102b4576102b4610df7565b5f9182526020909120015460ff8116945062010000900463ffffffff16925050505b9250929050565b5f6060805f5f5f60606102ee610871565b6102f661089c565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b8260e0013542111561034f57604051637c06dd7560e11b815260e084013560048201526024015b60405180910390fd5b61035b61038442610e0b565b61036b60a0850160808601610e1e565b67ffffffffffffffff1611156103b15761038b60a0840160808501610e1e565b60405163092626fd60e11b815267ffffffffffffffff9091166004820152602401610346565b60025f6103c16020860186610c64565b6001600160a01b03166001600160a01b031681526020019081526020015f20548360c00135146104445760025f6103fb6020860186610c64565b6001600160a01b03166001600160a01b031681526020019081526020015f20548360c00135604051633ddd513160e01b8152600401610346929190918252602082015260400190565b5f61054d7fc0c089eab82cf1eaf8b84f544a48403ded2b8c6f46e871dc0bba58e159a852876104766020870187610c64565b602087013561048b6060890160408a01610e45565b61049b60808a0160608b01610e68565b6104ab60a08b0160808c01610e1e565b6104bb60c08c0160a08d01610e68565b8b60c001358c60e00135604051602001610532999897969594939291909889526001600160a01b03979097166020890152604088019590955263ffffffff939093166060870152901515608086015267ffffffffffffffff1660a0850152151560c084015260e08301526101008201526101200190565b604051602081830303815290604052805190602001206108c7565b90505f5f6105908386868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506108f392505050565b5090925090505f8160038111156105a9576105a9610e87565b1415806105d457506105be6020870187610c64565b6001600160a01b0316826001600160a01b031614155b156105f257604051635cd5d23360e01b815260040160405180910390fd5b61060160c08701356001610e0b565b60025f61061160208a018a610c64565b6001600160a01b031681526020808201929092526040015f908120929092556003919061064090890189610c64565b6001600160a01b03166001600160a01b031681526020019081526020015f205f876020013581526020019081526020015f206040518060a001604052808860600160208101906106909190610e68565b151581526020016106a760c08a0160a08b01610e68565b151581526020016106be60608a0160408b01610e45565b63ffffffff1681526020016106d960a08a0160808b01610e1e565b67ffffffffffffffff908116825242811660209283015283546001810185555f9485529382902083519401805484840151604086015160608701516080909701518516600160701b0267ffffffffffffffff60701b19979095166601000000000000026dffffffffffffffff0000000000001963ffffffff9092166201000002919091166dffffffffffffffffffffffff0000199215156101000261ff00199915159990991661ffff199094169390931797909717161794909417929092169190911790915586018035906107ae9088610c64565b6001600160a01b03167f05befbd8b255a992d98c597b1d65889ffe34c11998b07350b7e944baba8e049c6107e860808a0160608b01610e68565b6107f860608b0160408c01610e45565b61080860a08c0160808d01610e1e565b61081860c08d0160a08e01610e68565b60408051941515855263ffffffff93909316602085015267ffffffffffffffff91909116838301521515606083015260c08b01356080830152519081900360a00190a3505050505050565b5f61086c61093c565b905090565b606061086c7f0000000000000000000000000000000000000000000000000000000000000000610a65565b606061086c7f0000000000000000000000000000000000000000000000000000000000000000610a65565b5f6102536108d361093c565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f835160410361092a576020840151604085015160608601515f1a61091c88828585610aa2565b955095509550505050610935565b505081515f91506002905b9250925092565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561099457507f000000000000000000000000000000000000000000000000000000000000000046145b156109be57507f000000000000000000000000000000000000000000000000000000000000000090565b61086c604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60605f610a7183610b6a565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610adb57505f91506003905082610b60565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610b2c573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610b5757505f925060019150829050610b60565b92505f91508190505b9450945094915050565b5f60ff8216601f81111561025357604051632cd44ac360e21b815260040160405180910390fd5b80356001600160a01b0381168114610ba7575f5ffd5b919050565b5f5f60408385031215610bbd575f5ffd5b610bc683610b91565b946020939093013593505050565b602080825282518282018190525f918401906040840190835b81811015610c5957835180511515845260208101511515602085015263ffffffff604082015116604085015267ffffffffffffffff606082015116606085015267ffffffffffffffff60808201511660808501525060a083019250602084019350600181019050610bed565b509095945050505050565b5f60208284031215610c74575f5ffd5b610c7d82610b91565b9392505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f610cd060e0830189610c84565b8281036040840152610ce28189610c84565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015610d37578351835260209384019390920191600101610d19565b50909b9a5050505050505050505050565b5f5f5f838503610120811215610d5c575f5ffd5b610100811215610d6a575f5ffd5b5083925061010084013567ffffffffffffffff811115610d88575f5ffd5b8401601f81018613610d98575f5ffd5b803567ffffffffffffffff811115610dae575f5ffd5b866020828401011115610dbf575f5ffd5b939660209190910195509293505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561025357610253610dd0565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561025357610253610dd0565b5f60208284031215610e2e575f5ffd5b813567ffffffffffffffff81168114610c7d575f5ffd5b5f60208284031215610e55575f5ffd5b813563ffffffff81168114610c7d575f5ffd5b5f60208284031215610e78575f5ffd5b81358015158114610c7d575f5ffd5b634e487b7160e01b5f52602160045260245ffdfea2646970667358221220ac2342c9fd08c2c2cc23dbbdd5f4e993f71e30c701ccfc14619cd926110cc75264736f6c634300081c0033",
}

// ConsentRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use ConsentRegistryMetaData.ABI instead.
var ConsentRegistryABI = ConsentRegistryMetaData.ABI

// ConsentRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ConsentRegistryMetaData.Bin instead.
var ConsentRegistryBin = ConsentRegistryMetaData.Bin

// DeployConsentRegistry deploys a new Ethereum contract, binding an instance of ConsentRegistry to it.
func DeployConsentRegistry(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ConsentRegistry, error) {
	parsed, err := ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ConsentRegistryBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ConsentRegistry{ConsentRegistryCaller: ConsentRegistryCaller{contract: contract}, ConsentRegistryTransactor: ConsentRegistryTransactor{contract: contract}, ConsentRegistryFilterer: ConsentRegistryFilterer{contract: contract}}, nil
}

// ConsentRegistry is an auto generated Go binding around an Ethereum contract.
type ConsentRegistry struct {
	ConsentRegistryCaller     // Read-only binding to the contract
	ConsentRegistryTransactor // Write-only binding to the contract
	ConsentRegistryFilterer   // Log filterer for contract events
}

// ConsentRegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type ConsentRegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConsentRegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ConsentRegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConsentRegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ConsentRegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ConsentRegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ConsentRegistrySession struct {
	Contract     *ConsentRegistry  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ConsentRegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ConsentRegistryCallerSession struct {
	Contract *ConsentRegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// ConsentRegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ConsentRegistryTransactorSession struct {
	Contract     *ConsentRegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// ConsentRegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type ConsentRegistryRaw struct {
	Contract *ConsentRegistry // Generic contract binding to access the raw methods on
}

// ConsentRegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ConsentRegistryCallerRaw struct {
	Contract *ConsentRegistryCaller // Generic read-only contract binding to access the raw methods on
}

// ConsentRegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ConsentRegistryTransactorRaw struct {
	Contract *ConsentRegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewConsentRegistry creates a new instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistry(address common.Address, backend bind.ContractBackend) (*ConsentRegistry, error) {
	contract, err := bindConsentRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistry{ConsentRegistryCaller: ConsentRegistryCaller{contract: contract}, ConsentRegistryTransactor: ConsentRegistryTransactor{contract: contract}, ConsentRegistryFilterer: ConsentRegistryFilterer{contract: contract}}, nil
}

// NewConsentRegistryCaller creates a new read-only instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistryCaller(address common.Address, caller bind.ContractCaller) (*ConsentRegistryCaller, error) {
	contract, err := bindConsentRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryCaller{contract: contract}, nil
}

// NewConsentRegistryTransactor creates a new write-only instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*ConsentRegistryTransactor, error) {
	contract, err := bindConsentRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryTransactor{contract: contract}, nil
}

// NewConsentRegistryFilterer creates a new log filterer instance of ConsentRegistry, bound to a specific deployed contract.
func NewConsentRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*ConsentRegistryFilterer, error) {
	contract, err := bindConsentRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryFilterer{contract: contract}, nil
}

// bindConsentRegistry binds a generic wrapper to an already deployed contract.
func bindConsentRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ConsentRegistry *ConsentRegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ConsentRegistry.Contract.ConsentRegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ConsentRegistry *ConsentRegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.ConsentRegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ConsentRegistry *ConsentRegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.ConsentRegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ConsentRegistry *ConsentRegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ConsentRegistry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ConsentRegistry *ConsentRegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ConsentRegistry *ConsentRegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.contract.Transact(opts, method, params...)
}

// CONSENTTYPEHASH is a free data retrieval call binding the contract method 0x6a86ac38.
//
// Solidity: function CONSENT_TYPEHASH() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) CONSENTTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "CONSENT_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CONSENTTYPEHASH is a free data retrieval call binding the contract method 0x6a86ac38.
//
// Solidity: function CONSENT_TYPEHASH() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) CONSENTTYPEHASH() ([32]byte, error) {
	return _ConsentRegistry.Contract.CONSENTTYPEHASH(&_ConsentRegistry.CallOpts)
}

// CONSENTTYPEHASH is a free data retrieval call binding the contract method 0x6a86ac38.
//
// Solidity: function CONSENT_TYPEHASH() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) CONSENTTYPEHASH() ([32]byte, error) {
	return _ConsentRegistry.Contract.CONSENTTYPEHASH(&_ConsentRegistry.CallOpts)
}

// MAXCLOCKSKEW is a free data retrieval call binding the contract method 0xfe10649b.
//
// Solidity: function MAX_CLOCK_SKEW() view returns(uint64)
func (_ConsentRegistry *ConsentRegistryCaller) MAXCLOCKSKEW(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "MAX_CLOCK_SKEW")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXCLOCKSKEW is a free data retrieval call binding the contract method 0xfe10649b.
//
// Solidity: function MAX_CLOCK_SKEW() view returns(uint64)
func (_ConsentRegistry *ConsentRegistrySession) MAXCLOCKSKEW() (uint64, error) {
	return _ConsentRegistry.Contract.MAXCLOCKSKEW(&_ConsentRegistry.CallOpts)
}

// MAXCLOCKSKEW is a free data retrieval call binding the contract method 0xfe10649b.
//
// Solidity: function MAX_CLOCK_SKEW() view returns(uint64)
func (_ConsentRegistry *ConsentRegistryCallerSession) MAXCLOCKSKEW() (uint64, error) {
	return _ConsentRegistry.Contract.MAXCLOCKSKEW(&_ConsentRegistry.CallOpts)
}

// Consented is a free data retrieval call binding the contract method 0x725d0b8e.
//
// Solidity: function consented(address subject, bytes32 scope) view returns(bool granted, uint32 termsVersion)
func (_ConsentRegistry *ConsentRegistryCaller) Consented(opts *bind.CallOpts, subject common.Address, scope [32]byte) (struct {
	Granted      bool
	TermsVersion uint32
}, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "consented", subject, scope)

	outstruct := new(struct {
		Granted      bool
		TermsVersion uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Granted = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.TermsVersion = *abi.ConvertType(out[1], new(uint32)).(*uint32)

	return *outstruct, err

}

// Consented is a free data retrieval call binding the contract method 0x725d0b8e.
//
// Solidity: function consented(address subject, bytes32 scope) view returns(bool granted, uint32 termsVersion)
func (_ConsentRegistry *ConsentRegistrySession) Consented(subject common.Address, scope [32]byte) (struct {
	Granted      bool
	TermsVersion uint32
}, error) {
	return _ConsentRegistry.Contract.Consented(&_ConsentRegistry.CallOpts, subject, scope)
}

// Consented is a free data retrieval call binding the contract method 0x725d0b8e.
//
// Solidity: function consented(address subject, bytes32 scope) view returns(bool granted, uint32 termsVersion)
func (_ConsentRegistry *ConsentRegistryCallerSession) Consented(subject common.Address, scope [32]byte) (struct {
	Granted      bool
	TermsVersion uint32
}, error) {
	return _ConsentRegistry.Contract.Consented(&_ConsentRegistry.CallOpts, subject, scope)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) DomainSeparator(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "domainSeparator")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) DomainSeparator() ([32]byte, error) {
	return _ConsentRegistry.Contract.DomainSeparator(&_ConsentRegistry.CallOpts)
}

// DomainSeparator is a free data retrieval call binding the contract method 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) DomainSeparator() ([32]byte, error) {
	return _ConsentRegistry.Contract.DomainSeparator(&_ConsentRegistry.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_ConsentRegistry *ConsentRegistryCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_ConsentRegistry *ConsentRegistrySession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _ConsentRegistry.Contract.Eip712Domain(&_ConsentRegistry.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_ConsentRegistry *ConsentRegistryCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _ConsentRegistry.Contract.Eip712Domain(&_ConsentRegistry.CallOpts)
}

// History is a free data retrieval call binding the contract method 0x0fe231b2.
//
// Solidity: function history(address subject, bytes32 scope) view returns((bool,bool,uint32,uint64,uint64)[])
func (_ConsentRegistry *ConsentRegistryCaller) History(opts *bind.CallOpts, subject common.Address, scope [32]byte) ([]ConsentRegistryEntry, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "history", subject, scope)

	if err != nil {
		return *new([]ConsentRegistryEntry), err
	}

	out0 := *abi.ConvertType(out[0], new([]ConsentRegistryEntry)).(*[]ConsentRegistryEntry)

	return out0, err

}

// History is a free data retrieval call binding the contract method 0x0fe231b2.
//
// Solidity: function history(address subject, bytes32 scope) view returns((bool,bool,uint32,uint64,uint64)[])
func (_ConsentRegistry *ConsentRegistrySession) History(subject common.Address, scope [32]byte) ([]ConsentRegistryEntry, error) {
	return _ConsentRegistry.Contract.History(&_ConsentRegistry.CallOpts, subject, scope)
}

// History is a free data retrieval call binding the contract method 0x0fe231b2.
//
// Solidity: function history(address subject, bytes32 scope) view returns((bool,bool,uint32,uint64,uint64)[])
func (_ConsentRegistry *ConsentRegistryCallerSession) History(subject common.Address, scope [32]byte) ([]ConsentRegistryEntry, error) {
	return _ConsentRegistry.Contract.History(&_ConsentRegistry.CallOpts, subject, scope)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address ) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCaller) Nonces(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "nonces", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address ) view returns(uint256)
func (_ConsentRegistry *ConsentRegistrySession) Nonces(arg0 common.Address) (*big.Int, error) {
	return _ConsentRegistry.Contract.Nonces(&_ConsentRegistry.CallOpts, arg0)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address ) view returns(uint256)
func (_ConsentRegistry *ConsentRegistryCallerSession) Nonces(arg0 common.Address) (*big.Int, error) {
	return _ConsentRegistry.Contract.Nonces(&_ConsentRegistry.CallOpts, arg0)
}

// Record is a paid mutator transaction binding the contract method 0xbfb56199.
//
// Solidity: function record((address,bytes32,uint32,bool,uint64,bool,uint256,uint256) c, bytes signature) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) Record(opts *bind.TransactOpts, c ConsentRegistryConsent, signature []byte) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "record", c, signature)
}

// Record is a paid mutator transaction binding the contract method 0xbfb56199.
//
// Solidity: function record((address,bytes32,uint32,bool,uint64,bool,uint256,uint256) c, bytes signature) returns()
func (_ConsentRegistry *ConsentRegistrySession) Record(c ConsentRegistryConsent, signature []byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Record(&_ConsentRegistry.TransactOpts, c, signature)
}

// Record is a paid mutator transaction binding the contract method 0xbfb56199.
//
// Solidity: function record((address,bytes32,uint32,bool,uint64,bool,uint256,uint256) c, bytes signature) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) Record(c ConsentRegistryConsent, signature []byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Record(&_ConsentRegistry.TransactOpts, c, signature)
}

// ConsentRegistryConsentRecordedIterator is returned from FilterConsentRecorded and is used to iterate over the raw logs and unpacked data for ConsentRecorded events raised by the ConsentRegistry contract.
type ConsentRegistryConsentRecordedIterator struct {
	Event *ConsentRegistryConsentRecorded // Event containing the contract specifics and raw log

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
func (it *ConsentRegistryConsentRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryConsentRecorded)
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
		it.Event = new(ConsentRegistryConsentRecorded)
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
func (it *ConsentRegistryConsentRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryConsentRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryConsentRecorded represents a ConsentRecorded event raised by the ConsentRegistry contract.
type ConsentRegistryConsentRecorded struct {
	Subject      common.Address
	Scope        [32]byte
	Granted      bool
	TermsVersion uint32
	ActedAt      uint64
	Custodial    bool
	Nonce        *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterConsentRecorded is a free log retrieval operation binding the contract event 0x05befbd8b255a992d98c597b1d65889ffe34c11998b07350b7e944baba8e049c.
//
// Solidity: event ConsentRecorded(address indexed subject, bytes32 indexed scope, bool granted, uint32 termsVersion, uint64 actedAt, bool custodial, uint256 nonce)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterConsentRecorded(opts *bind.FilterOpts, subject []common.Address, scope [][32]byte) (*ConsentRegistryConsentRecordedIterator, error) {

	var subjectRule []interface{}
	for _, subjectItem := range subject {
		subjectRule = append(subjectRule, subjectItem)
	}
	var scopeRule []interface{}
	for _, scopeItem := range scope {
		scopeRule = append(scopeRule, scopeItem)
	}

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "ConsentRecorded", subjectRule, scopeRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryConsentRecordedIterator{contract: _ConsentRegistry.contract, event: "ConsentRecorded", logs: logs, sub: sub}, nil
}

// WatchConsentRecorded is a free log subscription operation binding the contract event 0x05befbd8b255a992d98c597b1d65889ffe34c11998b07350b7e944baba8e049c.
//
// Solidity: event ConsentRecorded(address indexed subject, bytes32 indexed scope, bool granted, uint32 termsVersion, uint64 actedAt, bool custodial, uint256 nonce)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchConsentRecorded(opts *bind.WatchOpts, sink chan<- *ConsentRegistryConsentRecorded, subject []common.Address, scope [][32]byte) (event.Subscription, error) {

	var subjectRule []interface{}
	for _, subjectItem := range subject {
		subjectRule = append(subjectRule, subjectItem)
	}
	var scopeRule []interface{}
	for _, scopeItem := range scope {
		scopeRule = append(scopeRule, scopeItem)
	}

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "ConsentRecorded", subjectRule, scopeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryConsentRecorded)
				if err := _ConsentRegistry.contract.UnpackLog(event, "ConsentRecorded", log); err != nil {
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

// ParseConsentRecorded is a log parse operation binding the contract event 0x05befbd8b255a992d98c597b1d65889ffe34c11998b07350b7e944baba8e049c.
//
// Solidity: event ConsentRecorded(address indexed subject, bytes32 indexed scope, bool granted, uint32 termsVersion, uint64 actedAt, bool custodial, uint256 nonce)
func (_ConsentRegistry *ConsentRegistryFilterer) ParseConsentRecorded(log types.Log) (*ConsentRegistryConsentRecorded, error) {
	event := new(ConsentRegistryConsentRecorded)
	if err := _ConsentRegistry.contract.UnpackLog(event, "ConsentRecorded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the ConsentRegistry contract.
type ConsentRegistryEIP712DomainChangedIterator struct {
	Event *ConsentRegistryEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *ConsentRegistryEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryEIP712DomainChanged)
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
		it.Event = new(ConsentRegistryEIP712DomainChanged)
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
func (it *ConsentRegistryEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the ConsentRegistry contract.
type ConsentRegistryEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_ConsentRegistry *ConsentRegistryFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*ConsentRegistryEIP712DomainChangedIterator, error) {

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryEIP712DomainChangedIterator{contract: _ConsentRegistry.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_ConsentRegistry *ConsentRegistryFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *ConsentRegistryEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryEIP712DomainChanged)
				if err := _ConsentRegistry.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_ConsentRegistry *ConsentRegistryFilterer) ParseEIP712DomainChanged(log types.Log) (*ConsentRegistryEIP712DomainChanged, error) {
	event := new(ConsentRegistryEIP712DomainChanged)
	if err := _ConsentRegistry.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

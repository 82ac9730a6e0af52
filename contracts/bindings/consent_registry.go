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

// ConsentRegistryEntry is an auto generated low-level Go binding around an user-defined struct.
type ConsentRegistryEntry struct {
	Granted      bool
	TermsVersion uint32
	At           uint64
}

// ConsentRegistryMetaData contains all meta data concerning the ConsentRegistry contract.
var ConsentRegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"}],\"name\":\"BadNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"subject\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"scope\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"granted\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"termsVersion\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"ConsentRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CONSENT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RELAYER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"subject\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"scope\",\"type\":\"bytes32\"}],\"name\":\"consented\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"granted\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"termsVersion\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"subject\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"scope\",\"type\":\"bytes32\"}],\"name\":\"history\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"granted\",\"type\":\"bool\"},{\"internalType\":\"uint32\",\"name\":\"termsVersion\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"internalType\":\"structConsentRegistry.Entry[]\",\"name\":\"\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"subject\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"scope\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"termsVersion\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"granted\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"record\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610160604052348015610010575f5ffd5b5060405161134938038061134983398101604081905261002f91610249565b6040518060400160405280600b81526020016a1492110810dbdb9cd95b9d60aa1b815250604051806040016040528060018152602001603160f81b81525061007c8261015a60201b60201c565b610120526100898161015a565b61014052815160208084019190912060e052815190820120610100524660a05261011560e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526101285f826101a0565b506101537fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc4826101a0565b50506102d1565b5f5f829050601f8151111561018d578260405163305a27a960e01b81526004016101849190610276565b60405180910390fd5b8051610198826102ab565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610240575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101f83390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610243565b505f5b92915050565b5f60208284031215610259575f5ffd5b81516001600160a01b038116811461026f575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102cb575f198160200360031b1b821691505b50919050565b60805160a05160c05160e0516101005161012051610140516110276103225f395f61098b01525f61096001525f610afd01525f610ad501525f610a3001525f610a5a01525f610a8401526110275ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c80637ecebe0011610093578063a217fddf11610063578063a217fddf1461025e578063d547741f14610265578063de43f02914610278578063f698da251461028b575f5ffd5b80637ecebe00146101ea57806384b0196e1461020957806391d1485414610224578063926d7d7f14610237575f5ffd5b80632f2ff15d116100ce5780632f2ff15d1461016c57806336568abe146101815780636a86ac3814610194578063725d0b8e146101bb575f5ffd5b806301ffc9a7146100f45780630fe231b21461011c578063248a9ca31461013c575b5f5ffd5b610107610102366004610cb6565b610293565b60405190151581526020015b60405180910390f35b61012f61012a366004610cff565b6102c9565b6040516101139190610d27565b61015e61014a366004610d97565b5f9081526020819052604090206001015490565b604051908152602001610113565b61017f61017a366004610dae565b610370565b005b61017f61018f366004610dae565b61039a565b61015e7f52ddcc52c3f6084f14559d8140d3c2bebf348ef63d64d991d1c16675bfd31f6d81565b6101ce6101c9366004610cff565b6103d2565b60408051921515835263ffffffff909116602083015201610113565b61015e6101f8366004610dd8565b60036020525f908152604090205481565b610211610455565b6040516101139796959493929190610e1f565b610107610232366004610dae565b610497565b61015e7fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc481565b61015e5f81565b61017f610273366004610dae565b6104bf565b61017f610286366004610ef3565b6104e3565b61015e610846565b5f6001600160e01b03198216637965db0b60e01b14806102c357506301ffc9a760e01b6001600160e01b03198316145b92915050565b6001600160a01b0382165f9081526004602090815260408083208484528252808320805482518185028101850190935280835260609492939192909184015b82821015610364575f848152602090819020604080516060810182529185015460ff811615158352610100810463ffffffff168385015265010000000000900467ffffffffffffffff1690820152825260019092019101610308565b50505050905092915050565b5f8281526020819052604090206001015461038a81610854565b6103948383610861565b50505050565b6001600160a01b03811633146103c35760405163334bd91960e11b815260040160405180910390fd5b6103cd82826108f0565b505050565b6001600160a01b0382165f90815260046020908152604080832084845290915281208054829190820361040b575f5f925092505061044e565b80545f90829061041d90600190610fa3565b8154811061042d5761042d610fb6565b5f9182526020909120015460ff81169450610100900463ffffffff16925050505b9250929050565b5f6060805f5f5f6060610466610959565b61046e610984565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f828152602081905260409020600101546104d981610854565b61039483836108f0565b7fe2b7fb3b832174769106daebcfd6d1970523240dda11281102db9363b83b0dc461050d81610854565b8342111561053657604051637c06dd7560e11b8152600481018590526024015b60405180910390fd5b6001600160a01b0389165f908152600360205260409020548514610591576001600160a01b0389165f9081526003602052604090819020549051633ddd513160e01b815260048101919091526024810186905260440161052d565b604080517f52ddcc52c3f6084f14559d8140d3c2bebf348ef63d64d991d1c16675bfd31f6d60208201526001600160a01b038b16918101919091526060810189905263ffffffff8816608082015286151560a082015260c0810186905260e081018590525f9061061a9061010001604051602081830303815290604052805190602001206109af565b90505f5f61065d8387878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506109db92505050565b5090925090505f81600381111561067657610676610fca565b14158061069557508b6001600160a01b0316826001600160a01b031614155b156106b357604051635cd5d23360e01b815260040160405180910390fd5b6106be886001610fde565b60035f8e6001600160a01b03166001600160a01b031681526020019081526020015f208190555060045f8d6001600160a01b03166001600160a01b031681526020019081526020015f205f8c81526020019081526020015f2060405180606001604052808b151581526020018c63ffffffff1681526020014267ffffffffffffffff16815250908060018154018082558091505060019003905f5260205f20015f909190919091505f820151815f015f6101000a81548160ff0219169083151502179055506020820151815f0160016101000a81548163ffffffff021916908363ffffffff1602179055506040820151815f0160056101000a81548167ffffffffffffffff021916908367ffffffffffffffff16021790555050508a8c6001600160a01b03167fa59021cfa9c1847f8898cd26b26f25ef8917d6c30de04630c45f463add2d84be8b8d8c60405161083093929190921515835263ffffffff919091166020830152604082015260600190565b60405180910390a3505050505050505050505050565b5f61084f610a24565b905090565b61085e8133610b4d565b50565b5f61086c8383610497565b6108e9575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556108a13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102c3565b505f6102c3565b5f6108fb8383610497565b156108e9575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016102c3565b606061084f7f0000000000000000000000000000000000000000000000000000000000000000610b8a565b606061084f7f0000000000000000000000000000000000000000000000000000000000000000610b8a565b5f6102c36109bb610a24565b8360405161190160f01b8152600281019290925260228201526042902090565b5f5f5f8351604103610a12576020840151604085015160608601515f1a610a0488828585610bc7565b955095509550505050610a1d565b505081515f91506002905b9250925092565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015610a7c57507f000000000000000000000000000000000000000000000000000000000000000046145b15610aa657507f000000000000000000000000000000000000000000000000000000000000000090565b61084f604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b610b578282610497565b610b865760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161052d565b5050565b60605f610b9683610c8f565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115610c0057505f91506003905082610c85565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015610c51573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116610c7c57505f925060019150829050610c85565b92505f91508190505b9450945094915050565b5f60ff8216601f8111156102c357604051632cd44ac360e21b815260040160405180910390fd5b5f60208284031215610cc6575f5ffd5b81356001600160e01b031981168114610cdd575f5ffd5b9392505050565b80356001600160a01b0381168114610cfa575f5ffd5b919050565b5f5f60408385031215610d10575f5ffd5b610d1983610ce4565b946020939093013593505050565b602080825282518282018190525f918401906040840190835b81811015610d8c57835180511515845263ffffffff602082015116602085015267ffffffffffffffff604082015116604085015250606083019250602084019350600181019050610d40565b509095945050505050565b5f60208284031215610da7575f5ffd5b5035919050565b5f5f60408385031215610dbf575f5ffd5b82359150610dcf60208401610ce4565b90509250929050565b5f60208284031215610de8575f5ffd5b610cdd82610ce4565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f610e3d60e0830189610df1565b8281036040840152610e4f8189610df1565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015610ea4578351835260209384019390920191600101610e86565b50909b9a5050505050505050505050565b5f5f83601f840112610ec5575f5ffd5b50813567ffffffffffffffff811115610edc575f5ffd5b60208301915083602082850101111561044e575f5ffd5b5f5f5f5f5f5f5f5f60e0898b031215610f0a575f5ffd5b610f1389610ce4565b975060208901359650604089013563ffffffff81168114610f32575f5ffd5b955060608901358015158114610f46575f5ffd5b94506080890135935060a0890135925060c089013567ffffffffffffffff811115610f6f575f5ffd5b610f7b8b828c01610eb5565b999c989b5096995094979396929594505050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156102c3576102c3610f8f565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b808201808211156102c3576102c3610f8f56fea26469706673582212208a258c29af7185df3b1088d7878aa798ca7aca985f4c76b91f88e7ba73def6ca64736f6c634300081c0033",
}

// ConsentRegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use ConsentRegistryMetaData.ABI instead.
var ConsentRegistryABI = ConsentRegistryMetaData.ABI

// ConsentRegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ConsentRegistryMetaData.Bin instead.
var ConsentRegistryBin = ConsentRegistryMetaData.Bin

// DeployConsentRegistry deploys a new Ethereum contract, binding an instance of ConsentRegistry to it.
func DeployConsentRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, admin common.Address) (common.Address, *types.Transaction, *ConsentRegistry, error) {
	parsed, err := ConsentRegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ConsentRegistryBin), backend, admin)
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

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) DEFAULTADMINROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.DEFAULTADMINROLE(&_ConsentRegistry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.DEFAULTADMINROLE(&_ConsentRegistry.CallOpts)
}

// RELAYERROLE is a free data retrieval call binding the contract method 0x926d7d7f.
//
// Solidity: function RELAYER_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) RELAYERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "RELAYER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// RELAYERROLE is a free data retrieval call binding the contract method 0x926d7d7f.
//
// Solidity: function RELAYER_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) RELAYERROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.RELAYERROLE(&_ConsentRegistry.CallOpts)
}

// RELAYERROLE is a free data retrieval call binding the contract method 0x926d7d7f.
//
// Solidity: function RELAYER_ROLE() view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) RELAYERROLE() ([32]byte, error) {
	return _ConsentRegistry.Contract.RELAYERROLE(&_ConsentRegistry.CallOpts)
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

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_ConsentRegistry *ConsentRegistrySession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _ConsentRegistry.Contract.GetRoleAdmin(&_ConsentRegistry.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_ConsentRegistry *ConsentRegistryCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _ConsentRegistry.Contract.GetRoleAdmin(&_ConsentRegistry.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _ConsentRegistry.Contract.HasRole(&_ConsentRegistry.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _ConsentRegistry.Contract.HasRole(&_ConsentRegistry.CallOpts, role, account)
}

// History is a free data retrieval call binding the contract method 0x0fe231b2.
//
// Solidity: function history(address subject, bytes32 scope) view returns((bool,uint32,uint64)[])
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
// Solidity: function history(address subject, bytes32 scope) view returns((bool,uint32,uint64)[])
func (_ConsentRegistry *ConsentRegistrySession) History(subject common.Address, scope [32]byte) ([]ConsentRegistryEntry, error) {
	return _ConsentRegistry.Contract.History(&_ConsentRegistry.CallOpts, subject, scope)
}

// History is a free data retrieval call binding the contract method 0x0fe231b2.
//
// Solidity: function history(address subject, bytes32 scope) view returns((bool,uint32,uint64)[])
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

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _ConsentRegistry.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_ConsentRegistry *ConsentRegistrySession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _ConsentRegistry.Contract.SupportsInterface(&_ConsentRegistry.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_ConsentRegistry *ConsentRegistryCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _ConsentRegistry.Contract.SupportsInterface(&_ConsentRegistry.CallOpts, interfaceId)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistrySession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.GrantRole(&_ConsentRegistry.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.GrantRole(&_ConsentRegistry.TransactOpts, role, account)
}

// Record is a paid mutator transaction binding the contract method 0xde43f029.
//
// Solidity: function record(address subject, bytes32 scope, uint32 termsVersion, bool granted, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) Record(opts *bind.TransactOpts, subject common.Address, scope [32]byte, termsVersion uint32, granted bool, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "record", subject, scope, termsVersion, granted, nonce, deadline, signature)
}

// Record is a paid mutator transaction binding the contract method 0xde43f029.
//
// Solidity: function record(address subject, bytes32 scope, uint32 termsVersion, bool granted, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_ConsentRegistry *ConsentRegistrySession) Record(subject common.Address, scope [32]byte, termsVersion uint32, granted bool, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Record(&_ConsentRegistry.TransactOpts, subject, scope, termsVersion, granted, nonce, deadline, signature)
}

// Record is a paid mutator transaction binding the contract method 0xde43f029.
//
// Solidity: function record(address subject, bytes32 scope, uint32 termsVersion, bool granted, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) Record(subject common.Address, scope [32]byte, termsVersion uint32, granted bool, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.Record(&_ConsentRegistry.TransactOpts, subject, scope, termsVersion, granted, nonce, deadline, signature)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_ConsentRegistry *ConsentRegistrySession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RenounceRole(&_ConsentRegistry.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RenounceRole(&_ConsentRegistry.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistrySession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RevokeRole(&_ConsentRegistry.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_ConsentRegistry *ConsentRegistryTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _ConsentRegistry.Contract.RevokeRole(&_ConsentRegistry.TransactOpts, role, account)
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
	Nonce        *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterConsentRecorded is a free log retrieval operation binding the contract event 0xa59021cfa9c1847f8898cd26b26f25ef8917d6c30de04630c45f463add2d84be.
//
// Solidity: event ConsentRecorded(address indexed subject, bytes32 indexed scope, bool granted, uint32 termsVersion, uint256 nonce)
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

// WatchConsentRecorded is a free log subscription operation binding the contract event 0xa59021cfa9c1847f8898cd26b26f25ef8917d6c30de04630c45f463add2d84be.
//
// Solidity: event ConsentRecorded(address indexed subject, bytes32 indexed scope, bool granted, uint32 termsVersion, uint256 nonce)
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

// ParseConsentRecorded is a log parse operation binding the contract event 0xa59021cfa9c1847f8898cd26b26f25ef8917d6c30de04630c45f463add2d84be.
//
// Solidity: event ConsentRecorded(address indexed subject, bytes32 indexed scope, bool granted, uint32 termsVersion, uint256 nonce)
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

// ConsentRegistryRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the ConsentRegistry contract.
type ConsentRegistryRoleAdminChangedIterator struct {
	Event *ConsentRegistryRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *ConsentRegistryRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryRoleAdminChanged)
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
		it.Event = new(ConsentRegistryRoleAdminChanged)
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
func (it *ConsentRegistryRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the ConsentRegistry contract.
type ConsentRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*ConsentRegistryRoleAdminChangedIterator, error) {

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

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryRoleAdminChangedIterator{contract: _ConsentRegistry.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *ConsentRegistryRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryRoleAdminChanged)
				if err := _ConsentRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_ConsentRegistry *ConsentRegistryFilterer) ParseRoleAdminChanged(log types.Log) (*ConsentRegistryRoleAdminChanged, error) {
	event := new(ConsentRegistryRoleAdminChanged)
	if err := _ConsentRegistry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the ConsentRegistry contract.
type ConsentRegistryRoleGrantedIterator struct {
	Event *ConsentRegistryRoleGranted // Event containing the contract specifics and raw log

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
func (it *ConsentRegistryRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryRoleGranted)
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
		it.Event = new(ConsentRegistryRoleGranted)
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
func (it *ConsentRegistryRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryRoleGranted represents a RoleGranted event raised by the ConsentRegistry contract.
type ConsentRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*ConsentRegistryRoleGrantedIterator, error) {

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

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryRoleGrantedIterator{contract: _ConsentRegistry.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *ConsentRegistryRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryRoleGranted)
				if err := _ConsentRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_ConsentRegistry *ConsentRegistryFilterer) ParseRoleGranted(log types.Log) (*ConsentRegistryRoleGranted, error) {
	event := new(ConsentRegistryRoleGranted)
	if err := _ConsentRegistry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ConsentRegistryRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the ConsentRegistry contract.
type ConsentRegistryRoleRevokedIterator struct {
	Event *ConsentRegistryRoleRevoked // Event containing the contract specifics and raw log

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
func (it *ConsentRegistryRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ConsentRegistryRoleRevoked)
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
		it.Event = new(ConsentRegistryRoleRevoked)
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
func (it *ConsentRegistryRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ConsentRegistryRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ConsentRegistryRoleRevoked represents a RoleRevoked event raised by the ConsentRegistry contract.
type ConsentRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*ConsentRegistryRoleRevokedIterator, error) {

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

	logs, sub, err := _ConsentRegistry.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &ConsentRegistryRoleRevokedIterator{contract: _ConsentRegistry.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_ConsentRegistry *ConsentRegistryFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *ConsentRegistryRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _ConsentRegistry.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ConsentRegistryRoleRevoked)
				if err := _ConsentRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_ConsentRegistry *ConsentRegistryFilterer) ParseRoleRevoked(log types.Log) (*ConsentRegistryRoleRevoked, error) {
	event := new(ConsentRegistryRoleRevoked)
	if err := _ConsentRegistry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

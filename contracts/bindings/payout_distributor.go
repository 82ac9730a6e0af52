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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"redeemer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"cashOutId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRedeemed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientCredit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonTransferable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"given\",\"type\":\"uint64\"}],\"name\":\"StaleEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wouldMint\",\"type\":\"uint256\"}],\"name\":\"SupplyExceeded\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"}],\"name\":\"ClaimSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"cashOutId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cumulativeRedeemed\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salesHash\",\"type\":\"bytes32\"}],\"name\":\"RootCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"saleId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"snapshotRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalCents\",\"type\":\"uint256\"}],\"name\":\"SaleRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REDEEMER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"cashOutId\",\"type\":\"bytes32\"}],\"name\":\"claimAndRedeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"cumulatives\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[][]\",\"name\":\"proofs\",\"type\":\"bytes32[][]\"}],\"name\":\"claimBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"saleIds\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"snapshotRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint128[]\",\"name\":\"totals\",\"type\":\"uint128[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nextEpoch\",\"type\":\"uint64\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cumulativeRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"}],\"name\":\"leaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"redeemed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"redemption\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"salesHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"id\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalCommittedCents\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b50604051611f64380380611f6483398101604081905261002e916101df565b604051806060016040528060308152602001611f346030913960408051808201909152600781526614921110d1539560ca1b6020820152600361007183826102b7565b50600461007e82826102b7565b5061008d91505f905084610117565b506100b87f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a84610117565b506100e37f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92983610117565b5061010e7f44ac9762eec3a11893fefb11d028bb3102560094137c3ed4518712475b2577cc82610117565b50505050610371565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff166101bb575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101733390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101be565b505f5b92915050565b80516001600160a01b03811681146101da575f5ffd5b919050565b5f5f5f606084860312156101f1575f5ffd5b6101fa846101c4565b9250610208602085016101c4565b9150610216604085016101c4565b90509250925092565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061024757607f821691505b60208210810361026557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156102b257805f5260205f20601f840160051c810160208510156102905750805b601f840160051c820191505b818110156102af575f815560010161029c565b50505b505050565b81516001600160401b038111156102d0576102d061021f565b6102e4816102de8454610233565b8461026b565b6020601f821160018114610316575f83156102ff5750848201515b5f19600385901b1c1916600184901b1784556102af565b5f84815260208120601f198516915b828110156103455787850151825560209485019460019092019101610325565b508482101561036257868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b611bb68061037e5f395ff3fe608060405234801561000f575f5ffd5b5060043610610208575f3560e01c80638456cb591161011f578063a9059cbb116100a9578063d83b2bf811610079578063d83b2bf8146104b1578063dd62ed3e146104c4578063e63ab1e9146104fc578063f1f2248614610523578063f5b541a614610536575f5ffd5b8063a9059cbb1461044d578063b78b758714610460578063c884ef831461047f578063d547741f1461049e575f5ffd5b806391d14854116100ef57806391d148541461040357806395d89b41146104165780639f4568ef1461041e5780639f703b121461043d578063a217fddf14610446575f5ffd5b80638456cb59146103b4578063867c9f96146103bc5780638be0861e146103c5578063900cf0cf146103d8575f5ffd5b80632d709006116101a05780633d13f874116101705780633d13f874146103365780633f4ba83a146103495780635c975abb1461035157806370a08231146103655780637fa46ab41461038d575f5ffd5b80632d709006146102cf5780632f2ff15d14610301578063313ce5671461031457806336568abe14610323575f5ffd5b806318160ddd116101db57806318160ddd1461027d57806323b872dd14610285578063248a9ca3146102985780632bd2e4a7146102ba575f5ffd5b806301ffc9a71461020c57806306fdde0314610234578063083f4f5114610249578063095ea7b31461026a575b5f5ffd5b61021f61021a36600461169c565b61055d565b60405190151581526020015b60405180910390f35b61023c61056d565b60405161022b91906116c3565b61025c61025736600461173f565b6105fd565b60405190815260200161022b565b61021f6102783660046117f6565b610833565b60025461025c565b61021f61029336600461181e565b61084a565b61025c6102a6366004611858565b5f9081526005602052604090206001015490565b6102cd6102c836600461186f565b61086d565b005b6007546102e990600160401b90046001600160801b031681565b6040516001600160801b03909116815260200161022b565b6102cd61030f3660046118d5565b610a41565b6040516002815260200161022b565b6102cd6103313660046118d5565b610a6b565b6102cd6103443660046118ff565b610aa3565b6102cd610b41565b60075461021f90600160c01b900460ff1681565b61025c610373366004611954565b6001600160a01b03165f9081526020819052604090205490565b61025c7f44ac9762eec3a11893fefb11d028bb3102560094137c3ed4518712475b2577cc81565b6102cd610b8f565b61025c60065481565b61021f6103d33660046118ff565b610bfc565b6007546103eb906001600160401b031681565b6040516001600160401b03909116815260200161022b565b61021f6104113660046118d5565b610c1d565b61023c610c47565b61025c61042c366004611954565b600a6020525f908152604090205481565b61025c60085481565b61025c5f81565b61021f61045b3660046117f6565b610c56565b61025c61046e366004611858565b600b6020525f908152604090205481565b61025c61048d366004611954565b60096020525f908152604090205481565b6102cd6104ac3660046118d5565b610c63565b61025c6104bf3660046117f6565b610c87565b61025c6104d236600461196d565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61025c7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6102cd610531366004611995565b610ce0565b61025c7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b5f61056782611016565b92915050565b60606003805461057c90611a58565b80601f01602080910402602001604051908101604052809291908181526020018280546105a890611a58565b80156105f35780601f106105ca576101008083540402835291602001916105f3565b820191905f5260205f20905b8154815290600101906020018083116105d657829003601f168201915b5050505050905090565b6007545f90600160c01b900460ff161561062a5760405163d93c066560e01b815260040160405180910390fd5b85848114158061063a5750828114155b1561065b576040516001621398b960e31b0319815260040160405180910390fd5b5f5b81811015610827575f60095f8b8b8581811061067b5761067b611a90565b90506020020160208101906106909190611954565b6001600160a01b03166001600160a01b031681526020019081526020015f20549050808888848181106106c5576106c5611a90565b9050602002013511158061073d575061073b8a8a848181106106e9576106e9611a90565b90506020020160208101906106fe9190611954565b89898581811061071057610710611a90565b9050602002013588888681811061072957610729611a90565b90506020028101906103d39190611aa4565b155b156107c95789898381811061075457610754611a90565b90506020020160208101906107699190611954565b6001600160a01b03167f599569fdf6fbb754934e33ac5e59aa36948fe1a015bec21a0d389b0c5c83bb498989858181106107a5576107a5611a90565b905060200201356040516107bb91815260200190565b60405180910390a25061081f565b6108128a8a848181106107de576107de611a90565b90506020020160208101906107f39190611954565b89898581811061080557610805611a90565b905060200201358361104a565b61081b84611afd565b9350505b60010161065d565b50509695505050505050565b5f33610840818585611146565b5060019392505050565b5f33610857858285611153565b6108628585856111c9565b506001949350505050565b7f44ac9762eec3a11893fefb11d028bb3102560094137c3ed4518712475b2577cc61089781611226565b600754600160c01b900460ff16156108c25760405163d93c066560e01b815260040160405180910390fd5b5f828152600b6020526040902054156108f65760405163c8e03f0360e01b8152600481018390526024015b60405180910390fd5b825f03610916576040516312d37ee560e31b815260040160405180910390fd5b6001600160a01b0387165f908152600960205260409020548087118015610944575061094488888888610bfc565b156109545761095488888361104a565b6001600160a01b0388165f9081526020819052604090205480851115610997576040516313adfabb60e21b815260048101829052602481018690526044016108ed565b5f848152600b602090815260408083208890556001600160a01b038c168352600a9091528120546109c9908790611b15565b6001600160a01b038b165f908152600a6020526040902081905590506109ef8a87611233565b604080518781526020810183905286916001600160a01b038d16917fc95bd7ebbed9b9c3e9477753bcb60d02b328f1e5bce8b1a25986d6c73991c182910160405180910390a350505050505050505050565b5f82815260056020526040902060010154610a5b81611226565b610a65838361126b565b50505050565b6001600160a01b0381163314610a945760405163334bd91960e11b815260040160405180910390fd5b610a9e82826112fc565b505050565b600754600160c01b900460ff1615610ace5760405163d93c066560e01b815260040160405180910390fd5b610ada84848484610bfc565b610af7576040516309bde33960e01b815260040160405180910390fd5b6001600160a01b0384165f90815260096020526040902054808411610b2f576040516312d37ee560e31b815260040160405180910390fd5b610b3a85858361104a565b5050505050565b5f610b4b81611226565b6007805460ff60c01b191690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a150565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610bb981611226565b6007805460ff60c01b1916600160c01b1790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602001610b84565b5f610c148383600654610c0f8989610c87565b611367565b95945050505050565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606004805461057c90611a58565b5f336108408185856111c9565b5f82815260056020526040902060010154610c7d81611226565b610a6583836112fc565b604080516001600160a01b03841660208201529081018290525f9060600160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929610d0a81611226565b600754600160c01b900460ff1615610d355760405163d93c066560e01b815260040160405180910390fd5b600754610d4c906001600160401b03166001611b28565b6001600160401b0316826001600160401b031614610d9457600754604051636742e21160e11b81526001600160401b03918216600482015290831660248201526044016108ed565b878681141580610da45750848114155b15610dc5576040516001621398b960e31b0319815260040160405180910390fd5b600754600854600160401b9091046001600160801b0316905f5b83811015610f5f57818d8d83818110610dfa57610dfa611a90565b905060200201358c8c84818110610e1357610e13611a90565b905060200201358b8b85818110610e2c57610e2c611a90565b9050602002016020810190610e419190611b47565b60408051602081019590955284019290925260608301526001600160801b0316608082015260a001604051602081830303815290604052805190602001209150888882818110610e9357610e93611a90565b9050602002016020810190610ea89190611b47565b610ebb906001600160801b031684611b15565b92508c8c82818110610ecf57610ecf611a90565b905060200201357f508e3cdf448a0ab5d45434d2128114dff60231d2357a525cd957bad4767fb6908c8c84818110610f0957610f09611a90565b905060200201358b8b85818110610f2257610f22611a90565b9050602002016020810190610f379190611b47565b604080519283526001600160801b0390911660208301520160405180910390a2600101610ddf565b506001600160801b03821115610f8b576040516001621398b960e31b0319815260040160405180910390fd5b60088190556007805460068890556001600160c01b031916600160401b6001600160801b0385160267ffffffffffffffff1916176001600160401b03871690811790915560408051888152602081018490527fa21779da1a342d53de2aab664f9866eca761bee5edcfb8eecb992442b877f60c910160405180910390a2505050505050505050505050565b5f6001600160e01b03198216637965db0b60e01b148061056757506301ffc9a760e01b6001600160e01b0319831614610567565b5f6110558284611b6d565b6007549091506001600160801b03600160401b909104168161107660025490565b6110809190611b15565b11156110d8576007546001600160801b03600160401b90910416816110a460025490565b6110ae9190611b15565b6040516339da97c960e21b81526001600160801b03909216600483015260248201526044016108ed565b6001600160a01b0384165f9081526009602052604090208390556110fc848261137e565b60408051828152602081018590526001600160a01b038616917f987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a910160405180910390a250505050565b610a9e83838360016113b2565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610a6557818110156111bb57604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016108ed565b610a6584848484035f6113b2565b6001600160a01b0383166111f257604051634b637e8f60e11b81525f60048201526024016108ed565b6001600160a01b03821661121b5760405163ec442f0560e01b81525f60048201526024016108ed565b610a9e838383611484565b61123081336114cd565b50565b6001600160a01b03821661125c57604051634b637e8f60e11b81525f60048201526024016108ed565b611267825f83611484565b5050565b5f6112768383610c1d565b6112f5575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556112ad3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610567565b505f610567565b5f6113078383610c1d565b156112f5575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610567565b5f82611374868685611506565b1495945050505050565b6001600160a01b0382166113a75760405163ec442f0560e01b81525f60048201526024016108ed565b6112675f8383611484565b6001600160a01b0384166113db5760405163e602df0560e01b81525f60048201526024016108ed565b6001600160a01b03831661140457604051634a1406b160e11b81525f60048201526024016108ed565b6001600160a01b038085165f9081526001602090815260408083209387168352929052208290558015610a6557826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161147691815260200190565b60405180910390a350505050565b6001600160a01b038316158015906114a457506001600160a01b03821615155b156114c257604051639cbe235760e01b815260040160405180910390fd5b610a9e838383611547565b6114d78282610c1d565b6112675760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108ed565b5f81815b8481101561153e576115348287878481811061152857611528611a90565b9050602002013561166d565b915060010161150a565b50949350505050565b6001600160a01b038316611571578060025f8282546115669190611b15565b909155506115e19050565b6001600160a01b0383165f90815260208190526040902054818110156115c35760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016108ed565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166115fd5760028054829003905561161b565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161166091815260200190565b60405180910390a3505050565b5f818310611687575f828152602084905260409020611695565b5f8381526020839052604090205b9392505050565b5f602082840312156116ac575f5ffd5b81356001600160e01b031981168114611695575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f83601f840112611708575f5ffd5b5081356001600160401b0381111561171e575f5ffd5b6020830191508360208260051b8501011115611738575f5ffd5b9250929050565b5f5f5f5f5f5f60608789031215611754575f5ffd5b86356001600160401b03811115611769575f5ffd5b61177589828a016116f8565b90975095505060208701356001600160401b03811115611793575f5ffd5b61179f89828a016116f8565b90955093505060408701356001600160401b038111156117bd575f5ffd5b6117c989828a016116f8565b979a9699509497509295939492505050565b80356001600160a01b03811681146117f1575f5ffd5b919050565b5f5f60408385031215611807575f5ffd5b611810836117db565b946020939093013593505050565b5f5f5f60608486031215611830575f5ffd5b611839846117db565b9250611847602085016117db565b929592945050506040919091013590565b5f60208284031215611868575f5ffd5b5035919050565b5f5f5f5f5f5f60a08789031215611884575f5ffd5b61188d876117db565b95506020870135945060408701356001600160401b038111156118ae575f5ffd5b6118ba89828a016116f8565b979a9699509760608101359660809091013595509350505050565b5f5f604083850312156118e6575f5ffd5b823591506118f6602084016117db565b90509250929050565b5f5f5f5f60608587031215611912575f5ffd5b61191b856117db565b93506020850135925060408501356001600160401b0381111561193c575f5ffd5b611948878288016116f8565b95989497509550505050565b5f60208284031215611964575f5ffd5b611695826117db565b5f5f6040838503121561197e575f5ffd5b611987836117db565b91506118f6602084016117db565b5f5f5f5f5f5f5f5f60a0898b0312156119ac575f5ffd5b88356001600160401b038111156119c1575f5ffd5b6119cd8b828c016116f8565b90995097505060208901356001600160401b038111156119eb575f5ffd5b6119f78b828c016116f8565b90975095505060408901356001600160401b03811115611a15575f5ffd5b611a218b828c016116f8565b9095509350506060890135915060808901356001600160401b0381168114611a47575f5ffd5b809150509295985092959890939650565b600181811c90821680611a6c57607f821691505b602082108103611a8a57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112611ab9575f5ffd5b8301803591506001600160401b03821115611ad2575f5ffd5b6020019150600581901b3603821315611738575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b5f60018201611b0e57611b0e611ae9565b5060010190565b8082018082111561056757610567611ae9565b6001600160401b03818116838216019081111561056757610567611ae9565b5f60208284031215611b57575f5ffd5b81356001600160801b0381168114611695575f5ffd5b8181038181111561056757610567611ae956fea2646970667358221220aacc7ba2d9a729fc555461c4611adad62ad1f4fd1b31faf33eb78460f4e59a5b64736f6c634300081c0033524844204561726e696e67732043726564697420286e6f6e2d7472616e7366657261626c652c2055532063656e747329",
}

// PayoutDistributorABI is the input ABI used to generate the binding from.
// Deprecated: Use PayoutDistributorMetaData.ABI instead.
var PayoutDistributorABI = PayoutDistributorMetaData.ABI

// PayoutDistributorBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use PayoutDistributorMetaData.Bin instead.
var PayoutDistributorBin = PayoutDistributorMetaData.Bin

// DeployPayoutDistributor deploys a new Ethereum contract, binding an instance of PayoutDistributor to it.
func DeployPayoutDistributor(auth *bind.TransactOpts, backend bind.ContractBackend, admin common.Address, operator common.Address, redeemer common.Address) (common.Address, *types.Transaction, *PayoutDistributor, error) {
	parsed, err := PayoutDistributorMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(PayoutDistributorBin), backend, admin, operator, redeemer)
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

// PAUSERROLE is a free data retrieval call binding the contract method 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCaller) PAUSERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "PAUSER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PAUSERROLE is a free data retrieval call binding the contract method 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorSession) PAUSERROLE() ([32]byte, error) {
	return _PayoutDistributor.Contract.PAUSERROLE(&_PayoutDistributor.CallOpts)
}

// PAUSERROLE is a free data retrieval call binding the contract method 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCallerSession) PAUSERROLE() ([32]byte, error) {
	return _PayoutDistributor.Contract.PAUSERROLE(&_PayoutDistributor.CallOpts)
}

// REDEEMERROLE is a free data retrieval call binding the contract method 0x7fa46ab4.
//
// Solidity: function REDEEMER_ROLE() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCaller) REDEEMERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "REDEEMER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REDEEMERROLE is a free data retrieval call binding the contract method 0x7fa46ab4.
//
// Solidity: function REDEEMER_ROLE() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorSession) REDEEMERROLE() ([32]byte, error) {
	return _PayoutDistributor.Contract.REDEEMERROLE(&_PayoutDistributor.CallOpts)
}

// REDEEMERROLE is a free data retrieval call binding the contract method 0x7fa46ab4.
//
// Solidity: function REDEEMER_ROLE() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCallerSession) REDEEMERROLE() ([32]byte, error) {
	return _PayoutDistributor.Contract.REDEEMERROLE(&_PayoutDistributor.CallOpts)
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

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_PayoutDistributor *PayoutDistributorCaller) Paused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "paused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_PayoutDistributor *PayoutDistributorSession) Paused() (bool, error) {
	return _PayoutDistributor.Contract.Paused(&_PayoutDistributor.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_PayoutDistributor *PayoutDistributorCallerSession) Paused() (bool, error) {
	return _PayoutDistributor.Contract.Paused(&_PayoutDistributor.CallOpts)
}

// Redeemed is a free data retrieval call binding the contract method 0x9f4568ef.
//
// Solidity: function redeemed(address ) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorCaller) Redeemed(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "redeemed", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Redeemed is a free data retrieval call binding the contract method 0x9f4568ef.
//
// Solidity: function redeemed(address ) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorSession) Redeemed(arg0 common.Address) (*big.Int, error) {
	return _PayoutDistributor.Contract.Redeemed(&_PayoutDistributor.CallOpts, arg0)
}

// Redeemed is a free data retrieval call binding the contract method 0x9f4568ef.
//
// Solidity: function redeemed(address ) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorCallerSession) Redeemed(arg0 common.Address) (*big.Int, error) {
	return _PayoutDistributor.Contract.Redeemed(&_PayoutDistributor.CallOpts, arg0)
}

// Redemption is a free data retrieval call binding the contract method 0xb78b7587.
//
// Solidity: function redemption(bytes32 ) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorCaller) Redemption(opts *bind.CallOpts, arg0 [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "redemption", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Redemption is a free data retrieval call binding the contract method 0xb78b7587.
//
// Solidity: function redemption(bytes32 ) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorSession) Redemption(arg0 [32]byte) (*big.Int, error) {
	return _PayoutDistributor.Contract.Redemption(&_PayoutDistributor.CallOpts, arg0)
}

// Redemption is a free data retrieval call binding the contract method 0xb78b7587.
//
// Solidity: function redemption(bytes32 ) view returns(uint256)
func (_PayoutDistributor *PayoutDistributorCallerSession) Redemption(arg0 [32]byte) (*big.Int, error) {
	return _PayoutDistributor.Contract.Redemption(&_PayoutDistributor.CallOpts, arg0)
}

// SalesHash is a free data retrieval call binding the contract method 0x9f703b12.
//
// Solidity: function salesHash() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCaller) SalesHash(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "salesHash")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SalesHash is a free data retrieval call binding the contract method 0x9f703b12.
//
// Solidity: function salesHash() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorSession) SalesHash() ([32]byte, error) {
	return _PayoutDistributor.Contract.SalesHash(&_PayoutDistributor.CallOpts)
}

// SalesHash is a free data retrieval call binding the contract method 0x9f703b12.
//
// Solidity: function salesHash() view returns(bytes32)
func (_PayoutDistributor *PayoutDistributorCallerSession) SalesHash() ([32]byte, error) {
	return _PayoutDistributor.Contract.SalesHash(&_PayoutDistributor.CallOpts)
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

// TotalCommittedCents is a free data retrieval call binding the contract method 0x2d709006.
//
// Solidity: function totalCommittedCents() view returns(uint128)
func (_PayoutDistributor *PayoutDistributorCaller) TotalCommittedCents(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "totalCommittedCents")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalCommittedCents is a free data retrieval call binding the contract method 0x2d709006.
//
// Solidity: function totalCommittedCents() view returns(uint128)
func (_PayoutDistributor *PayoutDistributorSession) TotalCommittedCents() (*big.Int, error) {
	return _PayoutDistributor.Contract.TotalCommittedCents(&_PayoutDistributor.CallOpts)
}

// TotalCommittedCents is a free data retrieval call binding the contract method 0x2d709006.
//
// Solidity: function totalCommittedCents() view returns(uint128)
func (_PayoutDistributor *PayoutDistributorCallerSession) TotalCommittedCents() (*big.Int, error) {
	return _PayoutDistributor.Contract.TotalCommittedCents(&_PayoutDistributor.CallOpts)
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

// ClaimAndRedeem is a paid mutator transaction binding the contract method 0x2bd2e4a7.
//
// Solidity: function claimAndRedeem(address account, uint256 cumulative, bytes32[] proof, uint256 amount, bytes32 cashOutId) returns()
func (_PayoutDistributor *PayoutDistributorTransactor) ClaimAndRedeem(opts *bind.TransactOpts, account common.Address, cumulative *big.Int, proof [][32]byte, amount *big.Int, cashOutId [32]byte) (*types.Transaction, error) {
	return _PayoutDistributor.contract.Transact(opts, "claimAndRedeem", account, cumulative, proof, amount, cashOutId)
}

// ClaimAndRedeem is a paid mutator transaction binding the contract method 0x2bd2e4a7.
//
// Solidity: function claimAndRedeem(address account, uint256 cumulative, bytes32[] proof, uint256 amount, bytes32 cashOutId) returns()
func (_PayoutDistributor *PayoutDistributorSession) ClaimAndRedeem(account common.Address, cumulative *big.Int, proof [][32]byte, amount *big.Int, cashOutId [32]byte) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.ClaimAndRedeem(&_PayoutDistributor.TransactOpts, account, cumulative, proof, amount, cashOutId)
}

// ClaimAndRedeem is a paid mutator transaction binding the contract method 0x2bd2e4a7.
//
// Solidity: function claimAndRedeem(address account, uint256 cumulative, bytes32[] proof, uint256 amount, bytes32 cashOutId) returns()
func (_PayoutDistributor *PayoutDistributorTransactorSession) ClaimAndRedeem(account common.Address, cumulative *big.Int, proof [][32]byte, amount *big.Int, cashOutId [32]byte) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.ClaimAndRedeem(&_PayoutDistributor.TransactOpts, account, cumulative, proof, amount, cashOutId)
}

// ClaimBatch is a paid mutator transaction binding the contract method 0x083f4f51.
//
// Solidity: function claimBatch(address[] accounts, uint256[] cumulatives, bytes32[][] proofs) returns(uint256 paid)
func (_PayoutDistributor *PayoutDistributorTransactor) ClaimBatch(opts *bind.TransactOpts, accounts []common.Address, cumulatives []*big.Int, proofs [][][32]byte) (*types.Transaction, error) {
	return _PayoutDistributor.contract.Transact(opts, "claimBatch", accounts, cumulatives, proofs)
}

// ClaimBatch is a paid mutator transaction binding the contract method 0x083f4f51.
//
// Solidity: function claimBatch(address[] accounts, uint256[] cumulatives, bytes32[][] proofs) returns(uint256 paid)
func (_PayoutDistributor *PayoutDistributorSession) ClaimBatch(accounts []common.Address, cumulatives []*big.Int, proofs [][][32]byte) (*types.Transaction, error) {
	return _PayoutDistributor.Contract.ClaimBatch(&_PayoutDistributor.TransactOpts, accounts, cumulatives, proofs)
}

// ClaimBatch is a paid mutator transaction binding the contract method 0x083f4f51.
//
// Solidity: function claimBatch(address[] accounts, uint256[] cumulatives, bytes32[][] proofs) returns(uint256 paid)
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

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_PayoutDistributor *PayoutDistributorTransactor) Pause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PayoutDistributor.contract.Transact(opts, "pause")
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_PayoutDistributor *PayoutDistributorSession) Pause() (*types.Transaction, error) {
	return _PayoutDistributor.Contract.Pause(&_PayoutDistributor.TransactOpts)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_PayoutDistributor *PayoutDistributorTransactorSession) Pause() (*types.Transaction, error) {
	return _PayoutDistributor.Contract.Pause(&_PayoutDistributor.TransactOpts)
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

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_PayoutDistributor *PayoutDistributorTransactor) Unpause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _PayoutDistributor.contract.Transact(opts, "unpause")
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_PayoutDistributor *PayoutDistributorSession) Unpause() (*types.Transaction, error) {
	return _PayoutDistributor.Contract.Unpause(&_PayoutDistributor.TransactOpts)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_PayoutDistributor *PayoutDistributorTransactorSession) Unpause() (*types.Transaction, error) {
	return _PayoutDistributor.Contract.Unpause(&_PayoutDistributor.TransactOpts)
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

// PayoutDistributorClaimSkippedIterator is returned from FilterClaimSkipped and is used to iterate over the raw logs and unpacked data for ClaimSkipped events raised by the PayoutDistributor contract.
type PayoutDistributorClaimSkippedIterator struct {
	Event *PayoutDistributorClaimSkipped // Event containing the contract specifics and raw log

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
func (it *PayoutDistributorClaimSkippedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PayoutDistributorClaimSkipped)
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
		it.Event = new(PayoutDistributorClaimSkipped)
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
func (it *PayoutDistributorClaimSkippedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PayoutDistributorClaimSkippedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PayoutDistributorClaimSkipped represents a ClaimSkipped event raised by the PayoutDistributor contract.
type PayoutDistributorClaimSkipped struct {
	Account    common.Address
	Cumulative *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterClaimSkipped is a free log retrieval operation binding the contract event 0x599569fdf6fbb754934e33ac5e59aa36948fe1a015bec21a0d389b0c5c83bb49.
//
// Solidity: event ClaimSkipped(address indexed account, uint256 cumulative)
func (_PayoutDistributor *PayoutDistributorFilterer) FilterClaimSkipped(opts *bind.FilterOpts, account []common.Address) (*PayoutDistributorClaimSkippedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _PayoutDistributor.contract.FilterLogs(opts, "ClaimSkipped", accountRule)
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorClaimSkippedIterator{contract: _PayoutDistributor.contract, event: "ClaimSkipped", logs: logs, sub: sub}, nil
}

// WatchClaimSkipped is a free log subscription operation binding the contract event 0x599569fdf6fbb754934e33ac5e59aa36948fe1a015bec21a0d389b0c5c83bb49.
//
// Solidity: event ClaimSkipped(address indexed account, uint256 cumulative)
func (_PayoutDistributor *PayoutDistributorFilterer) WatchClaimSkipped(opts *bind.WatchOpts, sink chan<- *PayoutDistributorClaimSkipped, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _PayoutDistributor.contract.WatchLogs(opts, "ClaimSkipped", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PayoutDistributorClaimSkipped)
				if err := _PayoutDistributor.contract.UnpackLog(event, "ClaimSkipped", log); err != nil {
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

// ParseClaimSkipped is a log parse operation binding the contract event 0x599569fdf6fbb754934e33ac5e59aa36948fe1a015bec21a0d389b0c5c83bb49.
//
// Solidity: event ClaimSkipped(address indexed account, uint256 cumulative)
func (_PayoutDistributor *PayoutDistributorFilterer) ParseClaimSkipped(log types.Log) (*PayoutDistributorClaimSkipped, error) {
	event := new(PayoutDistributorClaimSkipped)
	if err := _PayoutDistributor.contract.UnpackLog(event, "ClaimSkipped", log); err != nil {
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

// PayoutDistributorPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the PayoutDistributor contract.
type PayoutDistributorPausedIterator struct {
	Event *PayoutDistributorPaused // Event containing the contract specifics and raw log

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
func (it *PayoutDistributorPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PayoutDistributorPaused)
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
		it.Event = new(PayoutDistributorPaused)
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
func (it *PayoutDistributorPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PayoutDistributorPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PayoutDistributorPaused represents a Paused event raised by the PayoutDistributor contract.
type PayoutDistributorPaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_PayoutDistributor *PayoutDistributorFilterer) FilterPaused(opts *bind.FilterOpts) (*PayoutDistributorPausedIterator, error) {

	logs, sub, err := _PayoutDistributor.contract.FilterLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorPausedIterator{contract: _PayoutDistributor.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_PayoutDistributor *PayoutDistributorFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *PayoutDistributorPaused) (event.Subscription, error) {

	logs, sub, err := _PayoutDistributor.contract.WatchLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PayoutDistributorPaused)
				if err := _PayoutDistributor.contract.UnpackLog(event, "Paused", log); err != nil {
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

// ParsePaused is a log parse operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_PayoutDistributor *PayoutDistributorFilterer) ParsePaused(log types.Log) (*PayoutDistributorPaused, error) {
	event := new(PayoutDistributorPaused)
	if err := _PayoutDistributor.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// PayoutDistributorRedeemedIterator is returned from FilterRedeemed and is used to iterate over the raw logs and unpacked data for Redeemed events raised by the PayoutDistributor contract.
type PayoutDistributorRedeemedIterator struct {
	Event *PayoutDistributorRedeemed // Event containing the contract specifics and raw log

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
func (it *PayoutDistributorRedeemedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PayoutDistributorRedeemed)
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
		it.Event = new(PayoutDistributorRedeemed)
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
func (it *PayoutDistributorRedeemedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PayoutDistributorRedeemedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PayoutDistributorRedeemed represents a Redeemed event raised by the PayoutDistributor contract.
type PayoutDistributorRedeemed struct {
	Account            common.Address
	CashOutId          [32]byte
	Amount             *big.Int
	CumulativeRedeemed *big.Int
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterRedeemed is a free log retrieval operation binding the contract event 0xc95bd7ebbed9b9c3e9477753bcb60d02b328f1e5bce8b1a25986d6c73991c182.
//
// Solidity: event Redeemed(address indexed account, bytes32 indexed cashOutId, uint256 amount, uint256 cumulativeRedeemed)
func (_PayoutDistributor *PayoutDistributorFilterer) FilterRedeemed(opts *bind.FilterOpts, account []common.Address, cashOutId [][32]byte) (*PayoutDistributorRedeemedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var cashOutIdRule []interface{}
	for _, cashOutIdItem := range cashOutId {
		cashOutIdRule = append(cashOutIdRule, cashOutIdItem)
	}

	logs, sub, err := _PayoutDistributor.contract.FilterLogs(opts, "Redeemed", accountRule, cashOutIdRule)
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorRedeemedIterator{contract: _PayoutDistributor.contract, event: "Redeemed", logs: logs, sub: sub}, nil
}

// WatchRedeemed is a free log subscription operation binding the contract event 0xc95bd7ebbed9b9c3e9477753bcb60d02b328f1e5bce8b1a25986d6c73991c182.
//
// Solidity: event Redeemed(address indexed account, bytes32 indexed cashOutId, uint256 amount, uint256 cumulativeRedeemed)
func (_PayoutDistributor *PayoutDistributorFilterer) WatchRedeemed(opts *bind.WatchOpts, sink chan<- *PayoutDistributorRedeemed, account []common.Address, cashOutId [][32]byte) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var cashOutIdRule []interface{}
	for _, cashOutIdItem := range cashOutId {
		cashOutIdRule = append(cashOutIdRule, cashOutIdItem)
	}

	logs, sub, err := _PayoutDistributor.contract.WatchLogs(opts, "Redeemed", accountRule, cashOutIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PayoutDistributorRedeemed)
				if err := _PayoutDistributor.contract.UnpackLog(event, "Redeemed", log); err != nil {
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

// ParseRedeemed is a log parse operation binding the contract event 0xc95bd7ebbed9b9c3e9477753bcb60d02b328f1e5bce8b1a25986d6c73991c182.
//
// Solidity: event Redeemed(address indexed account, bytes32 indexed cashOutId, uint256 amount, uint256 cumulativeRedeemed)
func (_PayoutDistributor *PayoutDistributorFilterer) ParseRedeemed(log types.Log) (*PayoutDistributorRedeemed, error) {
	event := new(PayoutDistributorRedeemed)
	if err := _PayoutDistributor.contract.UnpackLog(event, "Redeemed", log); err != nil {
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
	Epoch     uint64
	Root      [32]byte
	SalesHash [32]byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRootCommitted is a free log retrieval operation binding the contract event 0xa21779da1a342d53de2aab664f9866eca761bee5edcfb8eecb992442b877f60c.
//
// Solidity: event RootCommitted(uint64 indexed epoch, bytes32 root, bytes32 salesHash)
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

// WatchRootCommitted is a free log subscription operation binding the contract event 0xa21779da1a342d53de2aab664f9866eca761bee5edcfb8eecb992442b877f60c.
//
// Solidity: event RootCommitted(uint64 indexed epoch, bytes32 root, bytes32 salesHash)
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

// ParseRootCommitted is a log parse operation binding the contract event 0xa21779da1a342d53de2aab664f9866eca761bee5edcfb8eecb992442b877f60c.
//
// Solidity: event RootCommitted(uint64 indexed epoch, bytes32 root, bytes32 salesHash)
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
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterSaleRecorded is a free log retrieval operation binding the contract event 0x508e3cdf448a0ab5d45434d2128114dff60231d2357a525cd957bad4767fb690.
//
// Solidity: event SaleRecorded(bytes32 indexed saleId, bytes32 snapshotRoot, uint256 totalCents)
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

// WatchSaleRecorded is a free log subscription operation binding the contract event 0x508e3cdf448a0ab5d45434d2128114dff60231d2357a525cd957bad4767fb690.
//
// Solidity: event SaleRecorded(bytes32 indexed saleId, bytes32 snapshotRoot, uint256 totalCents)
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

// ParseSaleRecorded is a log parse operation binding the contract event 0x508e3cdf448a0ab5d45434d2128114dff60231d2357a525cd957bad4767fb690.
//
// Solidity: event SaleRecorded(bytes32 indexed saleId, bytes32 snapshotRoot, uint256 totalCents)
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

// PayoutDistributorUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the PayoutDistributor contract.
type PayoutDistributorUnpausedIterator struct {
	Event *PayoutDistributorUnpaused // Event containing the contract specifics and raw log

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
func (it *PayoutDistributorUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(PayoutDistributorUnpaused)
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
		it.Event = new(PayoutDistributorUnpaused)
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
func (it *PayoutDistributorUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *PayoutDistributorUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// PayoutDistributorUnpaused represents a Unpaused event raised by the PayoutDistributor contract.
type PayoutDistributorUnpaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_PayoutDistributor *PayoutDistributorFilterer) FilterUnpaused(opts *bind.FilterOpts) (*PayoutDistributorUnpausedIterator, error) {

	logs, sub, err := _PayoutDistributor.contract.FilterLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return &PayoutDistributorUnpausedIterator{contract: _PayoutDistributor.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_PayoutDistributor *PayoutDistributorFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *PayoutDistributorUnpaused) (event.Subscription, error) {

	logs, sub, err := _PayoutDistributor.contract.WatchLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(PayoutDistributorUnpaused)
				if err := _PayoutDistributor.contract.UnpackLog(event, "Unpaused", log); err != nil {
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

// ParseUnpaused is a log parse operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_PayoutDistributor *PayoutDistributorFilterer) ParseUnpaused(log types.Log) (*PayoutDistributorUnpaused, error) {
	event := new(PayoutDistributorUnpaused)
	if err := _PayoutDistributor.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

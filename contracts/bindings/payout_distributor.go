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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"redeemer\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"cashOutId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRedeemed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"InsufficientCredit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonTransferable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"given\",\"type\":\"uint64\"}],\"name\":\"StaleEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"committed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"wouldMint\",\"type\":\"uint256\"}],\"name\":\"SupplyExceeded\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"}],\"name\":\"ClaimSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"cashOutId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cumulativeRedeemed\",\"type\":\"uint256\"}],\"name\":\"Redeemed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salesHash\",\"type\":\"bytes32\"}],\"name\":\"RootCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"saleId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"snapshotRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalCents\",\"type\":\"uint256\"}],\"name\":\"SaleRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REDEEMER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"cashOutId\",\"type\":\"bytes32\"}],\"name\":\"claimAndRedeem\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"accounts\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"cumulatives\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes32[][]\",\"name\":\"proofs\",\"type\":\"bytes32[][]\"}],\"name\":\"claimBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"saleIds\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"snapshotRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint128[]\",\"name\":\"totals\",\"type\":\"uint128[]\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"nextEpoch\",\"type\":\"uint64\"}],\"name\":\"commit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cumulativeRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"}],\"name\":\"leaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"redeemed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"redemption\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"salesHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"id\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalCommittedCents\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalRedeemed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cumulative\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b50604051611f87380380611f8783398101604081905261002e916101df565b604051806060016040528060308152602001611f576030913960408051808201909152600781526614921110d1539560ca1b6020820152600361007183826102b7565b50600461007e82826102b7565b5061008d91505f905084610117565b506100b87f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a84610117565b506100e37f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92983610117565b5061010e7f44ac9762eec3a11893fefb11d028bb3102560094137c3ed4518712475b2577cc82610117565b50505050610371565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff166101bb575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101733390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101be565b505f5b92915050565b80516001600160a01b03811681146101da575f5ffd5b919050565b5f5f5f606084860312156101f1575f5ffd5b6101fa846101c4565b9250610208602085016101c4565b9150610216604085016101c4565b90509250925092565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061024757607f821691505b60208210810361026557634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156102b257805f5260205f20601f840160051c810160208510156102905750805b601f840160051c820191505b818110156102af575f815560010161029c565b50505b505050565b81516001600160401b038111156102d0576102d061021f565b6102e4816102de8454610233565b8461026b565b6020601f821160018114610316575f83156102ff5750848201515b5f19600385901b1c1916600184901b1784556102af565b5f84815260208120601f198516915b828110156103455787850151825560209485019460019092019101610325565b508482101561036257868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b611bd98061037e5f395ff3fe608060405234801561000f575f5ffd5b5060043610610213575f3560e01c8063867c9f961161011f578063b78b7587116100a9578063dd62ed3e11610079578063dd62ed3e146104cf578063e63ab1e914610507578063f1f224861461052e578063f35dad4014610541578063f5b541a61461054a575f5ffd5b8063b78b75871461046b578063c884ef831461048a578063d547741f146104a9578063d83b2bf8146104bc575f5ffd5b806395d89b41116100ef57806395d89b41146104215780639f4568ef146104295780639f703b1214610448578063a217fddf14610451578063a9059cbb14610458575f5ffd5b8063867c9f96146103c75780638be0861e146103d0578063900cf0cf146103e357806391d148541461040e575f5ffd5b80632f2ff15d116101a05780633f4ba83a116101705780633f4ba83a146103545780635c975abb1461035c57806370a08231146103705780637fa46ab4146103985780638456cb59146103bf575f5ffd5b80632f2ff15d1461030c578063313ce5671461031f57806336568abe1461032e5780633d13f87414610341575f5ffd5b806318160ddd116101e657806318160ddd1461028857806323b872dd14610290578063248a9ca3146102a35780632bd2e4a7146102c55780632d709006146102da575f5ffd5b806301ffc9a71461021757806306fdde031461023f578063083f4f5114610254578063095ea7b314610275575b5f5ffd5b61022a6102253660046116bf565b610571565b60405190151581526020015b60405180910390f35b610247610581565b60405161023691906116e6565b610267610262366004611762565b610611565b604051908152602001610236565b61022a610283366004611819565b610847565b600254610267565b61022a61029e366004611841565b61085e565b6102676102b136600461187b565b5f9081526005602052604090206001015490565b6102d86102d3366004611892565b610881565b005b6007546102f490600160401b90046001600160801b031681565b6040516001600160801b039091168152602001610236565b6102d861031a3660046118f8565b610a70565b60405160028152602001610236565b6102d861033c3660046118f8565b610a9a565b6102d861034f366004611922565b610ad2565b6102d8610b70565b60075461022a90600160c01b900460ff1681565b61026761037e366004611977565b6001600160a01b03165f9081526020819052604090205490565b6102677f44ac9762eec3a11893fefb11d028bb3102560094137c3ed4518712475b2577cc81565b6102d8610bbe565b61026760065481565b61022a6103de366004611922565b610c2b565b6007546103f6906001600160401b031681565b6040516001600160401b039091168152602001610236565b61022a61041c3660046118f8565b610c4c565b610247610c76565b610267610437366004611977565b600a6020525f908152604090205481565b61026760085481565b6102675f81565b61022a610466366004611819565b610c85565b61026761047936600461187b565b600c6020525f908152604090205481565b610267610498366004611977565b60096020525f908152604090205481565b6102d86104b73660046118f8565b610c92565b6102676104ca366004611819565b610cb6565b6102676104dd366004611990565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6102677f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6102d861053c3660046119b8565b610d0f565b610267600b5481565b6102677f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b5f61057b82611045565b92915050565b60606003805461059090611a7b565b80601f01602080910402602001604051908101604052809291908181526020018280546105bc90611a7b565b80156106075780601f106105de57610100808354040283529160200191610607565b820191905f5260205f20905b8154815290600101906020018083116105ea57829003601f168201915b5050505050905090565b6007545f90600160c01b900460ff161561063e5760405163d93c066560e01b815260040160405180910390fd5b85848114158061064e5750828114155b1561066f576040516001621398b960e31b0319815260040160405180910390fd5b5f5b8181101561083b575f60095f8b8b8581811061068f5761068f611ab3565b90506020020160208101906106a49190611977565b6001600160a01b03166001600160a01b031681526020019081526020015f20549050808888848181106106d9576106d9611ab3565b90506020020135111580610751575061074f8a8a848181106106fd576106fd611ab3565b90506020020160208101906107129190611977565b89898581811061072457610724611ab3565b9050602002013588888681811061073d5761073d611ab3565b90506020028101906103de9190611ac7565b155b156107dd5789898381811061076857610768611ab3565b905060200201602081019061077d9190611977565b6001600160a01b03167f599569fdf6fbb754934e33ac5e59aa36948fe1a015bec21a0d389b0c5c83bb498989858181106107b9576107b9611ab3565b905060200201356040516107cf91815260200190565b60405180910390a250610833565b6108268a8a848181106107f2576107f2611ab3565b90506020020160208101906108079190611977565b89898581811061081957610819611ab3565b9050602002013583611079565b61082f84611b20565b9350505b600101610671565b50509695505050505050565b5f33610854818585611169565b5060019392505050565b5f3361086b858285611176565b6108768585856111ec565b506001949350505050565b7f44ac9762eec3a11893fefb11d028bb3102560094137c3ed4518712475b2577cc6108ab81611249565b600754600160c01b900460ff16156108d65760405163d93c066560e01b815260040160405180910390fd5b5f828152600c60205260409020541561090a5760405163c8e03f0360e01b8152600481018390526024015b60405180910390fd5b825f0361092a576040516312d37ee560e31b815260040160405180910390fd5b6001600160a01b0387165f908152600960205260409020548087118015610958575061095888888888610c2b565b1561096857610968888883611079565b6001600160a01b0388165f90815260208190526040902054808511156109ab576040516313adfabb60e21b81526004810182905260248101869052604401610901565b5f848152600c602090815260408083208890556001600160a01b038c168352600a9091528120546109dd908790611b38565b6001600160a01b038b165f908152600a60205260408120829055600b80549293508892909190610a0e908490611b38565b90915550610a1e90508a87611256565b604080518781526020810183905286916001600160a01b038d16917fc95bd7ebbed9b9c3e9477753bcb60d02b328f1e5bce8b1a25986d6c73991c182910160405180910390a350505050505050505050565b5f82815260056020526040902060010154610a8a81611249565b610a94838361128e565b50505050565b6001600160a01b0381163314610ac35760405163334bd91960e11b815260040160405180910390fd5b610acd828261131f565b505050565b600754600160c01b900460ff1615610afd5760405163d93c066560e01b815260040160405180910390fd5b610b0984848484610c2b565b610b26576040516309bde33960e01b815260040160405180910390fd5b6001600160a01b0384165f90815260096020526040902054808411610b5e576040516312d37ee560e31b815260040160405180910390fd5b610b69858583611079565b5050505050565b5f610b7a81611249565b6007805460ff60c01b191690556040513381527f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa906020015b60405180910390a150565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a610be881611249565b6007805460ff60c01b1916600160c01b1790556040513381527f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25890602001610bb3565b5f610c438383600654610c3e8989610cb6565b61138a565b95945050505050565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606004805461059090611a7b565b5f336108548185856111ec565b5f82815260056020526040902060010154610cac81611249565b610a94838361131f565b604080516001600160a01b03841660208201529081018290525f9060600160408051601f198184030181528282528051602091820120908301520160405160208183030381529060405280519060200120905092915050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929610d3981611249565b600754600160c01b900460ff1615610d645760405163d93c066560e01b815260040160405180910390fd5b600754610d7b906001600160401b03166001611b4b565b6001600160401b0316826001600160401b031614610dc357600754604051636742e21160e11b81526001600160401b0391821660048201529083166024820152604401610901565b878681141580610dd35750848114155b15610df4576040516001621398b960e31b0319815260040160405180910390fd5b600754600854600160401b9091046001600160801b0316905f5b83811015610f8e57818d8d83818110610e2957610e29611ab3565b905060200201358c8c84818110610e4257610e42611ab3565b905060200201358b8b85818110610e5b57610e5b611ab3565b9050602002016020810190610e709190611b6a565b60408051602081019590955284019290925260608301526001600160801b0316608082015260a001604051602081830303815290604052805190602001209150888882818110610ec257610ec2611ab3565b9050602002016020810190610ed79190611b6a565b610eea906001600160801b031684611b38565b92508c8c82818110610efe57610efe611ab3565b905060200201357f508e3cdf448a0ab5d45434d2128114dff60231d2357a525cd957bad4767fb6908c8c84818110610f3857610f38611ab3565b905060200201358b8b85818110610f5157610f51611ab3565b9050602002016020810190610f669190611b6a565b604080519283526001600160801b0390911660208301520160405180910390a2600101610e0e565b506001600160801b03821115610fba576040516001621398b960e31b0319815260040160405180910390fd5b60088190556007805460068890556001600160c01b031916600160401b6001600160801b0385160267ffffffffffffffff1916176001600160401b03871690811790915560408051888152602081018490527fa21779da1a342d53de2aab664f9866eca761bee5edcfb8eecb992442b877f60c910160405180910390a2505050505050505050505050565b5f6001600160e01b03198216637965db0b60e01b148061057b57506301ffc9a760e01b6001600160e01b031983161461057b565b5f6110848284611b90565b90505f81600b5461109460025490565b61109e9190611b38565b6110a89190611b38565b600754909150600160401b90046001600160801b03168111156110fa576007546040516339da97c960e21b8152600160401b9091046001600160801b0316600482015260248101829052604401610901565b6001600160a01b0385165f90815260096020526040902084905561111e85836113a1565b60408051838152602081018690526001600160a01b038716917f987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a910160405180910390a25050505050565b610acd83838360016113d5565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610a9457818110156111de57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610901565b610a9484848484035f6113d5565b6001600160a01b03831661121557604051634b637e8f60e11b81525f6004820152602401610901565b6001600160a01b03821661123e5760405163ec442f0560e01b81525f6004820152602401610901565b610acd8383836114a7565b61125381336114f0565b50565b6001600160a01b03821661127f57604051634b637e8f60e11b81525f6004820152602401610901565b61128a825f836114a7565b5050565b5f6112998383610c4c565b611318575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556112d03390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161057b565b505f61057b565b5f61132a8383610c4c565b15611318575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161057b565b5f82611397868685611529565b1495945050505050565b6001600160a01b0382166113ca5760405163ec442f0560e01b81525f6004820152602401610901565b61128a5f83836114a7565b6001600160a01b0384166113fe5760405163e602df0560e01b81525f6004820152602401610901565b6001600160a01b03831661142757604051634a1406b160e11b81525f6004820152602401610901565b6001600160a01b038085165f9081526001602090815260408083209387168352929052208290558015610a9457826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161149991815260200190565b60405180910390a350505050565b6001600160a01b038316158015906114c757506001600160a01b03821615155b156114e557604051639cbe235760e01b815260040160405180910390fd5b610acd83838361156a565b6114fa8282610c4c565b61128a5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610901565b5f81815b84811015611561576115578287878481811061154b5761154b611ab3565b90506020020135611690565b915060010161152d565b50949350505050565b6001600160a01b038316611594578060025f8282546115899190611b38565b909155506116049050565b6001600160a01b0383165f90815260208190526040902054818110156115e65760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610901565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166116205760028054829003905561163e565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161168391815260200190565b60405180910390a3505050565b5f8183106116aa575f8281526020849052604090206116b8565b5f8381526020839052604090205b9392505050565b5f602082840312156116cf575f5ffd5b81356001600160e01b0319811681146116b8575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f83601f84011261172b575f5ffd5b5081356001600160401b03811115611741575f5ffd5b6020830191508360208260051b850101111561175b575f5ffd5b9250929050565b5f5f5f5f5f5f60608789031215611777575f5ffd5b86356001600160401b0381111561178c575f5ffd5b61179889828a0161171b565b90975095505060208701356001600160401b038111156117b6575f5ffd5b6117c289828a0161171b565b90955093505060408701356001600160401b038111156117e0575f5ffd5b6117ec89828a0161171b565b979a9699509497509295939492505050565b80356001600160a01b0381168114611814575f5ffd5b919050565b5f5f6040838503121561182a575f5ffd5b611833836117fe565b946020939093013593505050565b5f5f5f60608486031215611853575f5ffd5b61185c846117fe565b925061186a602085016117fe565b929592945050506040919091013590565b5f6020828403121561188b575f5ffd5b5035919050565b5f5f5f5f5f5f60a087890312156118a7575f5ffd5b6118b0876117fe565b95506020870135945060408701356001600160401b038111156118d1575f5ffd5b6118dd89828a0161171b565b979a9699509760608101359660809091013595509350505050565b5f5f60408385031215611909575f5ffd5b82359150611919602084016117fe565b90509250929050565b5f5f5f5f60608587031215611935575f5ffd5b61193e856117fe565b93506020850135925060408501356001600160401b0381111561195f575f5ffd5b61196b8782880161171b565b95989497509550505050565b5f60208284031215611987575f5ffd5b6116b8826117fe565b5f5f604083850312156119a1575f5ffd5b6119aa836117fe565b9150611919602084016117fe565b5f5f5f5f5f5f5f5f60a0898b0312156119cf575f5ffd5b88356001600160401b038111156119e4575f5ffd5b6119f08b828c0161171b565b90995097505060208901356001600160401b03811115611a0e575f5ffd5b611a1a8b828c0161171b565b90975095505060408901356001600160401b03811115611a38575f5ffd5b611a448b828c0161171b565b9095509350506060890135915060808901356001600160401b0381168114611a6a575f5ffd5b809150509295985092959890939650565b600181811c90821680611a8f57607f821691505b602082108103611aad57634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112611adc575f5ffd5b8301803591506001600160401b03821115611af5575f5ffd5b6020019150600581901b360382131561175b575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b5f60018201611b3157611b31611b0c565b5060010190565b8082018082111561057b5761057b611b0c565b6001600160401b03818116838216019081111561057b5761057b611b0c565b5f60208284031215611b7a575f5ffd5b81356001600160801b03811681146116b8575f5ffd5b8181038181111561057b5761057b611b0c56fea2646970667358221220a0ee1a5b2646fe441d364d7f8043247e6873858c14a67c937fe38bb74eb8156d64736f6c634300081c0033524844204561726e696e67732043726564697420286e6f6e2d7472616e7366657261626c652c2055532063656e747329",
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

// TotalRedeemed is a free data retrieval call binding the contract method 0xf35dad40.
//
// Solidity: function totalRedeemed() view returns(uint256)
func (_PayoutDistributor *PayoutDistributorCaller) TotalRedeemed(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _PayoutDistributor.contract.Call(opts, &out, "totalRedeemed")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalRedeemed is a free data retrieval call binding the contract method 0xf35dad40.
//
// Solidity: function totalRedeemed() view returns(uint256)
func (_PayoutDistributor *PayoutDistributorSession) TotalRedeemed() (*big.Int, error) {
	return _PayoutDistributor.Contract.TotalRedeemed(&_PayoutDistributor.CallOpts)
}

// TotalRedeemed is a free data retrieval call binding the contract method 0xf35dad40.
//
// Solidity: function totalRedeemed() view returns(uint256)
func (_PayoutDistributor *PayoutDistributorCallerSession) TotalRedeemed() (*big.Int, error) {
	return _PayoutDistributor.Contract.TotalRedeemed(&_PayoutDistributor.CallOpts)
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

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

// ContributionRecordsReading is an auto generated low-level Go binding around an user-defined struct.
type ContributionRecordsReading struct {
	Salt     [32]byte
	Metric   [32]byte
	MinuteMs *big.Int
	Samples  *big.Int
	SumBits  *big.Int
	MinBits  *big.Int
	MaxBits  *big.Int
}

// ContributionRecordsMetaData contains all meta data concerning the ContributionRecords contract.
var ContributionRecordsMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRecorded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonTransferable\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batch\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"first\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"keys\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"hourRoots\",\"type\":\"bytes32[]\"}],\"name\":\"RecordsMinted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PAUSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"isBatch\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"to\",\"type\":\"address[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"keys\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"hourRoots\",\"type\":\"bytes32[]\"}],\"name\":\"mintBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"batch\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"metric\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"minuteMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"samples\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sumBits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minBits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxBits\",\"type\":\"uint256\"}],\"internalType\":\"structContributionRecords.Reading\",\"name\":\"r\",\"type\":\"tuple\"}],\"name\":\"readingLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"id\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"tokenOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalMinted\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"keys\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"hourRoots\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"metric\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"minuteMs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"samples\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sumBits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minBits\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxBits\",\"type\":\"uint256\"}],\"internalType\":\"structContributionRecords.Reading\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"verifyReading\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b50604051611eac380380611eac83398101604081905261002e916101d3565b6040518060400160405280601781526020017f52484420436f6e747269627574696f6e205265636f72640000000000000000008152506040518060400160405280600681526020016552484452454360d01b815250815f9081610091919061029c565b50600161009e828261029c565b506100ad91505f90508361010b565b506100d87f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a8361010b565b506101037f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a68261010b565b505050610356565b5f8281526006602090815260408083206001600160a01b038516845290915281205460ff166101af575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101673390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101b2565b505f5b92915050565b80516001600160a01b03811681146101ce575f5ffd5b919050565b5f5f604083850312156101e4575f5ffd5b6101ed836101b8565b91506101fb602084016101b8565b90509250929050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061022c57607f821691505b60208210810361024a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561029757805f5260205f20601f840160051c810160208510156102755750805b601f840160051c820191505b81811015610294575f8155600101610281565b50505b505050565b81516001600160401b038111156102b5576102b5610204565b6102c9816102c38454610218565b84610250565b6020601f8211600181146102fb575f83156102e45750848201515b5f19600385901b1c1916600184901b178455610294565b5f84815260208120601f198516915b8281101561032a578785015182556020948501946001909201910161030a565b508482101561034757868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b611b49806103635f395ff3fe608060405234801561000f575f5ffd5b50600436106101dc575f3560e01c80637bfad9b011610109578063b88d4fde1161009e578063d547741f1161006e578063d547741f1461040e578063e63ab1e914610421578063e985e9c514610448578063ee3ba62b1461045b575f5ffd5b8063b88d4fde146103ae578063bae667bc146103c1578063c87b56dd146103d4578063d5391393146103e7575f5ffd5b8063a217fddf116100d9578063a217fddf1461037d578063a22cb46514610384578063a2309ff814610392578063b45a3c0e1461039b575f5ffd5b80637bfad9b0146103475780638456cb591461035a57806391d148541461036257806395d89b4114610375575f5ffd5b806336568abe1161017f5780635c975abb1161014f5780635c975abb146102f45780636352211e146102ff57806370a082311461031257806374bf2fd814610325575f5ffd5b806336568abe146102b35780633f4ba83a146102c657806342842e0e146102ce5780635a80c939146102e1575f5ffd5b8063095ea7b3116101ba578063095ea7b31461024857806323b872dd1461025d578063248a9ca3146102705780632f2ff15d146102a0575f5ffd5b806301ffc9a7146101e057806306fdde0314610208578063081812fc1461021d575b5f5ffd5b6101f36101ee36600461152e565b61046e565b60405190151581526020015b60405180910390f35b610210610498565b6040516101ff9190611577565b61023061022b366004611589565b610527565b6040516001600160a01b0390911681526020016101ff565b61025b6102563660046115bb565b61054e565b005b61025b61026b3660046115e3565b610567565b61029261027e366004611589565b5f9081526006602052604090206001015490565b6040519081526020016101ff565b61025b6102ae36600461161d565b6105f5565b61025b6102c136600461161d565b610619565b61025b610651565b61025b6102dc3660046115e3565b610666565b6101f36102ef3660046116a5565b610680565b60075460ff166101f3565b61023061030d366004611589565b61075d565b610292610320366004611760565b610767565b6101f3610333366004611589565b60086020525f908152604090205460ff1681565b610292610355366004611779565b6107ac565b61025b61083b565b6101f361037036600461161d565b61086d565b610210610897565b6102925f81565b61025b610256366004611793565b61029260095481565b6101f36103a9366004611589565b6108a6565b61025b6103bc3660046117e0565b6108b9565b6102926103cf366004611589565b6108d1565b6102106103e2366004611589565b6108fa565b6102927f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b61025b61041c36600461161d565b61096b565b6102927f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a81565b6101f36104563660046118bd565b61098f565b6102926104693660046118e5565b6109bc565b5f635a2d1e0760e11b6001600160e01b031983161480610492575061049282610bda565b92915050565b60605f80546104a690611984565b80601f01602080910402602001604051908101604052809291908181526020018280546104d290611984565b801561051d5780601f106104f45761010080835404028352916020019161051d565b820191905f5260205f20905b81548152906001019060200180831161050057829003601f168201915b5050505050905090565b5f61053182610bfe565b505f828152600460205260409020546001600160a01b0316610492565b604051639cbe235760e01b815260040160405180910390fd5b6001600160a01b03821661059557604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f6105a1838333610c36565b9050836001600160a01b0316816001600160a01b0316146105ef576040516364283d7b60e01b81526001600160a01b038086166004830152602482018490528216604482015260640161058c565b50505050565b5f8281526006602052604090206001015461060f81610c80565b6105ef8383610c8a565b6001600160a01b03811633146106425760405163334bd91960e11b815260040160405180910390fd5b61064c8282610d1b565b505050565b5f61065b81610c80565b610663610d86565b50565b61064c83838360405180602001604052805f8152506108b9565b5f87861415806106905750878510155b156106b1576040516001621398b960e31b0319815260040160405180910390fd5b60085f8a8a8a8a6040516020016106cb94939291906119e6565b60408051601f198184030181529181528151602092830120835290820192909252015f205460ff166106fe57505f610751565b61072189898781811061071357610713611a17565b905060200201355f1c610bfe565b5061074e838389898981811061073957610739611a17565b90506020020135610749886107ac565b610dd8565b90505b98975050505050505050565b5f61049282610bfe565b5f6001600160a01b038216610791576040516322718ad960e21b81525f600482015260240161058c565b506001600160a01b03165f9081526003602052604090205490565b604080518235602082810191909152830135818301529082013560608281019190915282013560808281019190915282013560a08281019190915282013560c08281019190915282013560e08201525f906101000160408051601f1981840301815282825280516020918201209083015201604051602081830303815290604052805190602001209050919050565b7f65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a61086581610c80565b610663610def565b5f9182526006602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600180546104a690611984565b5f6108b082610bfe565b50600192915050565b6108c4848484610567565b6105ef3385858585610e2c565b5f818152600260205260408120546001600160a01b0316156108f35781610492565b5f92915050565b606061090582610bfe565b505f61091b60408051602081019091525f815290565b90505f8151116109395760405180602001604052805f815250610964565b8061094384610f54565b604051602001610954929190611a42565b6040516020818303038152906040525b9392505050565b5f8281526006602052604090206001015461098581610c80565b6105ef8383610d1b565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a66109e781610c80565b6109ef610fe4565b8685811415806109ff5750838114155b15610a20576040516001621398b960e31b0319815260040160405180910390fd5b5f5b81811015610b16575f888883818110610a3d57610a3d611a17565b602002919091013591505f9050610a68825f908152600260205260409020546001600160a01b031690565b6001600160a01b031614610aaa57888883818110610a8857610a88611a17565b90506020020135604051622d326160e51b815260040161058c91815260200190565b610ada8b8b84818110610abf57610abf611a17565b9050602002016020810190610ad49190611760565b8261100a565b6040518181527f032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a16119060200160405180910390a150600101610a22565b5086868686604051602001610b2e94939291906119e6565b60408051601f1981840301815291815281516020928301205f8181526008909352908220805460ff19166001908117909155600954919550610b709190611a6a565b90506001610b7e8383611a6a565b610b889190611a7d565b60095560405184907f8e311e18aa60b2daac67711486e6f855afbaceddbf28400ddf2549a629a3f0bb90610bc59084908c908c908c908c90611a90565b60405180910390a25050509695505050505050565b5f6001600160e01b03198216637965db0b60e01b148061049257506104928261106b565b5f818152600260205260408120546001600160a01b03168061049257604051637e27328960e01b81526004810184905260240161058c565b5f828152600260205260408120546001600160a01b03168015610c6c57604051639cbe235760e01b815260040160405180910390fd5b610c778585856110ba565b95945050505050565b61066381336111ac565b5f610c95838361086d565b610d14575f8381526006602090815260408083206001600160a01b03861684529091529020805460ff19166001179055610ccc3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610492565b505f610492565b5f610d26838361086d565b15610d14575f8381526006602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610492565b610d8e6111e9565b6007805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f82610de586868561120c565b1495945050505050565b610df7610fe4565b6007805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258610dbb3390565b6001600160a01b0383163b15610f4d57604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290610e6e908890889087908790600401611abc565b6020604051808303815f875af1925050508015610ea8575060408051601f3d908101601f19168201909252610ea591810190611af8565b60015b610f0f573d808015610ed5576040519150601f19603f3d011682016040523d82523d5f602084013e610eda565b606091505b5080515f03610f0757604051633250574960e11b81526001600160a01b038516600482015260240161058c565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14610f4b57604051633250574960e11b81526001600160a01b038516600482015260240161058c565b505b5050505050565b60605f610f608361124d565b60010190505f8167ffffffffffffffff811115610f7f57610f7f6117cc565b6040519080825280601f01601f191660200182016040528015610fa9576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084610fb357509392505050565b60075460ff16156110085760405163d93c066560e01b815260040160405180910390fd5b565b6001600160a01b03821661103357604051633250574960e11b81525f600482015260240161058c565b5f61103f83835f610c36565b90506001600160a01b0381161561064c576040516339e3563760e11b81525f600482015260240161058c565b5f6001600160e01b031982166380ac58cd60e01b148061109b57506001600160e01b03198216635b5e139f60e01b145b8061049257506301ffc9a760e01b6001600160e01b0319831614610492565b5f828152600260205260408120546001600160a01b03908116908316156110e6576110e6818486611324565b6001600160a01b03811615611120576111015f855f5f611388565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b0385161561114e576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b6111b6828261086d565b6111e55760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161058c565b5050565b60075460ff1661100857604051638dfc202b60e01b815260040160405180910390fd5b5f81815b848110156112445761123a8287878481811061122e5761122e611a17565b9050602002013561148c565b9150600101611210565b50949350505050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b831061128b5772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef810000000083106112b7576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc1000083106112d557662386f26fc10000830492506010015b6305f5e10083106112ed576305f5e100830492506008015b612710831061130157612710830492506004015b60648310611313576064830492506002015b600a83106104925760010192915050565b61132f8383836114b5565b61064c576001600160a01b03831661135d57604051637e27328960e01b81526004810182905260240161058c565b60405163177e802f60e01b81526001600160a01b03831660048201526024810182905260440161058c565b808061139c57506001600160a01b03821615155b1561145d575f6113ab84610bfe565b90506001600160a01b038316158015906113d75750826001600160a01b0316816001600160a01b031614155b80156113ea57506113e8818461098f565b155b156114135760405163a9fbf51f60e01b81526001600160a01b038416600482015260240161058c565b811561145b5783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f8183106114a6575f828152602084905260409020610964565b505f9182526020526040902090565b5f6001600160a01b038316158015906115115750826001600160a01b0316846001600160a01b031614806114ee57506114ee848461098f565b8061151157505f828152600460205260409020546001600160a01b038481169116145b949350505050565b6001600160e01b031981168114610663575f5ffd5b5f6020828403121561153e575f5ffd5b813561096481611519565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6109646020830184611549565b5f60208284031215611599575f5ffd5b5035919050565b80356001600160a01b03811681146115b6575f5ffd5b919050565b5f5f604083850312156115cc575f5ffd5b6115d5836115a0565b946020939093013593505050565b5f5f5f606084860312156115f5575f5ffd5b6115fe846115a0565b925061160c602085016115a0565b929592945050506040919091013590565b5f5f6040838503121561162e575f5ffd5b8235915061163e602084016115a0565b90509250929050565b5f5f83601f840112611657575f5ffd5b50813567ffffffffffffffff81111561166e575f5ffd5b6020830191508360208260051b8501011115611688575f5ffd5b9250929050565b5f60e0828403121561169f575f5ffd5b50919050565b5f5f5f5f5f5f5f5f610160898b0312156116bd575f5ffd5b883567ffffffffffffffff8111156116d3575f5ffd5b6116df8b828c01611647565b909950975050602089013567ffffffffffffffff8111156116fe575f5ffd5b61170a8b828c01611647565b909750955050604089013593506117248a60608b0161168f565b925061014089013567ffffffffffffffff811115611740575f5ffd5b61174c8b828c01611647565b999c989b5096995094979396929594505050565b5f60208284031215611770575f5ffd5b610964826115a0565b5f60e08284031215611789575f5ffd5b610964838361168f565b5f5f604083850312156117a4575f5ffd5b6117ad836115a0565b9150602083013580151581146117c1575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f608085870312156117f3575f5ffd5b6117fc856115a0565b935061180a602086016115a0565b925060408501359150606085013567ffffffffffffffff81111561182c575f5ffd5b8501601f8101871361183c575f5ffd5b803567ffffffffffffffff811115611856576118566117cc565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715611885576118856117cc565b60405281815282820160200189101561189c575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f604083850312156118ce575f5ffd5b6118d7836115a0565b915061163e602084016115a0565b5f5f5f5f5f5f606087890312156118fa575f5ffd5b863567ffffffffffffffff811115611910575f5ffd5b61191c89828a01611647565b909750955050602087013567ffffffffffffffff81111561193b575f5ffd5b61194789828a01611647565b909550935050604087013567ffffffffffffffff811115611966575f5ffd5b61197289828a01611647565b979a9699509497509295939492505050565b600181811c9082168061199857607f821691505b60208210810361169f57634e487b7160e01b5f52602260045260245ffd5b8183525f6001600160fb1b038311156119cd575f5ffd5b8260051b80836020870137939093016020019392505050565b604081525f6119f96040830186886119b6565b8281036020840152611a0c8185876119b6565b979650505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f81518060208401855e5f93019283525090919050565b5f611511611a508386611a2b565b84611a2b565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561049257610492611a56565b8181038181111561049257610492611a56565b858152606060208201525f611aa96060830186886119b6565b82810360408401526107518185876119b6565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f90611aee90830184611549565b9695505050505050565b5f60208284031215611b08575f5ffd5b81516109648161151956fea2646970667358221220f00f8782daf4f7456dbf61a5e3c9d7432b0ecaa1d0b39307ae103cd2d9e9f66e64736f6c634300081c0033",
}

// ContributionRecordsABI is the input ABI used to generate the binding from.
// Deprecated: Use ContributionRecordsMetaData.ABI instead.
var ContributionRecordsABI = ContributionRecordsMetaData.ABI

// ContributionRecordsBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ContributionRecordsMetaData.Bin instead.
var ContributionRecordsBin = ContributionRecordsMetaData.Bin

// DeployContributionRecords deploys a new Ethereum contract, binding an instance of ContributionRecords to it.
func DeployContributionRecords(auth *bind.TransactOpts, backend bind.ContractBackend, admin common.Address, minter common.Address) (common.Address, *types.Transaction, *ContributionRecords, error) {
	parsed, err := ContributionRecordsMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ContributionRecordsBin), backend, admin, minter)
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

// PAUSERROLE is a free data retrieval call binding the contract method 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (_ContributionRecords *ContributionRecordsCaller) PAUSERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "PAUSER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PAUSERROLE is a free data retrieval call binding the contract method 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (_ContributionRecords *ContributionRecordsSession) PAUSERROLE() ([32]byte, error) {
	return _ContributionRecords.Contract.PAUSERROLE(&_ContributionRecords.CallOpts)
}

// PAUSERROLE is a free data retrieval call binding the contract method 0xe63ab1e9.
//
// Solidity: function PAUSER_ROLE() view returns(bytes32)
func (_ContributionRecords *ContributionRecordsCallerSession) PAUSERROLE() ([32]byte, error) {
	return _ContributionRecords.Contract.PAUSERROLE(&_ContributionRecords.CallOpts)
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

// IsBatch is a free data retrieval call binding the contract method 0x74bf2fd8.
//
// Solidity: function isBatch(bytes32 ) view returns(bool)
func (_ContributionRecords *ContributionRecordsCaller) IsBatch(opts *bind.CallOpts, arg0 [32]byte) (bool, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "isBatch", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsBatch is a free data retrieval call binding the contract method 0x74bf2fd8.
//
// Solidity: function isBatch(bytes32 ) view returns(bool)
func (_ContributionRecords *ContributionRecordsSession) IsBatch(arg0 [32]byte) (bool, error) {
	return _ContributionRecords.Contract.IsBatch(&_ContributionRecords.CallOpts, arg0)
}

// IsBatch is a free data retrieval call binding the contract method 0x74bf2fd8.
//
// Solidity: function isBatch(bytes32 ) view returns(bool)
func (_ContributionRecords *ContributionRecordsCallerSession) IsBatch(arg0 [32]byte) (bool, error) {
	return _ContributionRecords.Contract.IsBatch(&_ContributionRecords.CallOpts, arg0)
}

// Locked is a free data retrieval call binding the contract method 0xb45a3c0e.
//
// Solidity: function locked(uint256 tokenId) view returns(bool)
func (_ContributionRecords *ContributionRecordsCaller) Locked(opts *bind.CallOpts, tokenId *big.Int) (bool, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "locked", tokenId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Locked is a free data retrieval call binding the contract method 0xb45a3c0e.
//
// Solidity: function locked(uint256 tokenId) view returns(bool)
func (_ContributionRecords *ContributionRecordsSession) Locked(tokenId *big.Int) (bool, error) {
	return _ContributionRecords.Contract.Locked(&_ContributionRecords.CallOpts, tokenId)
}

// Locked is a free data retrieval call binding the contract method 0xb45a3c0e.
//
// Solidity: function locked(uint256 tokenId) view returns(bool)
func (_ContributionRecords *ContributionRecordsCallerSession) Locked(tokenId *big.Int) (bool, error) {
	return _ContributionRecords.Contract.Locked(&_ContributionRecords.CallOpts, tokenId)
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

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_ContributionRecords *ContributionRecordsCaller) Paused(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "paused")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_ContributionRecords *ContributionRecordsSession) Paused() (bool, error) {
	return _ContributionRecords.Contract.Paused(&_ContributionRecords.CallOpts)
}

// Paused is a free data retrieval call binding the contract method 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (_ContributionRecords *ContributionRecordsCallerSession) Paused() (bool, error) {
	return _ContributionRecords.Contract.Paused(&_ContributionRecords.CallOpts)
}

// ReadingLeaf is a free data retrieval call binding the contract method 0x7bfad9b0.
//
// Solidity: function readingLeaf((bytes32,bytes32,uint256,uint256,uint256,uint256,uint256) r) pure returns(bytes32)
func (_ContributionRecords *ContributionRecordsCaller) ReadingLeaf(opts *bind.CallOpts, r ContributionRecordsReading) ([32]byte, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "readingLeaf", r)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ReadingLeaf is a free data retrieval call binding the contract method 0x7bfad9b0.
//
// Solidity: function readingLeaf((bytes32,bytes32,uint256,uint256,uint256,uint256,uint256) r) pure returns(bytes32)
func (_ContributionRecords *ContributionRecordsSession) ReadingLeaf(r ContributionRecordsReading) ([32]byte, error) {
	return _ContributionRecords.Contract.ReadingLeaf(&_ContributionRecords.CallOpts, r)
}

// ReadingLeaf is a free data retrieval call binding the contract method 0x7bfad9b0.
//
// Solidity: function readingLeaf((bytes32,bytes32,uint256,uint256,uint256,uint256,uint256) r) pure returns(bytes32)
func (_ContributionRecords *ContributionRecordsCallerSession) ReadingLeaf(r ContributionRecordsReading) ([32]byte, error) {
	return _ContributionRecords.Contract.ReadingLeaf(&_ContributionRecords.CallOpts, r)
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

// TokenOf is a free data retrieval call binding the contract method 0xbae667bc.
//
// Solidity: function tokenOf(bytes32 key) view returns(uint256)
func (_ContributionRecords *ContributionRecordsCaller) TokenOf(opts *bind.CallOpts, key [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "tokenOf", key)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TokenOf is a free data retrieval call binding the contract method 0xbae667bc.
//
// Solidity: function tokenOf(bytes32 key) view returns(uint256)
func (_ContributionRecords *ContributionRecordsSession) TokenOf(key [32]byte) (*big.Int, error) {
	return _ContributionRecords.Contract.TokenOf(&_ContributionRecords.CallOpts, key)
}

// TokenOf is a free data retrieval call binding the contract method 0xbae667bc.
//
// Solidity: function tokenOf(bytes32 key) view returns(uint256)
func (_ContributionRecords *ContributionRecordsCallerSession) TokenOf(key [32]byte) (*big.Int, error) {
	return _ContributionRecords.Contract.TokenOf(&_ContributionRecords.CallOpts, key)
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

// VerifyReading is a free data retrieval call binding the contract method 0x5a80c939.
//
// Solidity: function verifyReading(bytes32[] keys, bytes32[] hourRoots, uint256 i, (bytes32,bytes32,uint256,uint256,uint256,uint256,uint256) r, bytes32[] proof) view returns(bool)
func (_ContributionRecords *ContributionRecordsCaller) VerifyReading(opts *bind.CallOpts, keys [][32]byte, hourRoots [][32]byte, i *big.Int, r ContributionRecordsReading, proof [][32]byte) (bool, error) {
	var out []interface{}
	err := _ContributionRecords.contract.Call(opts, &out, "verifyReading", keys, hourRoots, i, r, proof)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// VerifyReading is a free data retrieval call binding the contract method 0x5a80c939.
//
// Solidity: function verifyReading(bytes32[] keys, bytes32[] hourRoots, uint256 i, (bytes32,bytes32,uint256,uint256,uint256,uint256,uint256) r, bytes32[] proof) view returns(bool)
func (_ContributionRecords *ContributionRecordsSession) VerifyReading(keys [][32]byte, hourRoots [][32]byte, i *big.Int, r ContributionRecordsReading, proof [][32]byte) (bool, error) {
	return _ContributionRecords.Contract.VerifyReading(&_ContributionRecords.CallOpts, keys, hourRoots, i, r, proof)
}

// VerifyReading is a free data retrieval call binding the contract method 0x5a80c939.
//
// Solidity: function verifyReading(bytes32[] keys, bytes32[] hourRoots, uint256 i, (bytes32,bytes32,uint256,uint256,uint256,uint256,uint256) r, bytes32[] proof) view returns(bool)
func (_ContributionRecords *ContributionRecordsCallerSession) VerifyReading(keys [][32]byte, hourRoots [][32]byte, i *big.Int, r ContributionRecordsReading, proof [][32]byte) (bool, error) {
	return _ContributionRecords.Contract.VerifyReading(&_ContributionRecords.CallOpts, keys, hourRoots, i, r, proof)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 ) returns()
func (_ContributionRecords *ContributionRecordsTransactor) Approve(opts *bind.TransactOpts, arg0 common.Address, arg1 *big.Int) (*types.Transaction, error) {
	return _ContributionRecords.contract.Transact(opts, "approve", arg0, arg1)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 ) returns()
func (_ContributionRecords *ContributionRecordsSession) Approve(arg0 common.Address, arg1 *big.Int) (*types.Transaction, error) {
	return _ContributionRecords.Contract.Approve(&_ContributionRecords.TransactOpts, arg0, arg1)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address , uint256 ) returns()
func (_ContributionRecords *ContributionRecordsTransactorSession) Approve(arg0 common.Address, arg1 *big.Int) (*types.Transaction, error) {
	return _ContributionRecords.Contract.Approve(&_ContributionRecords.TransactOpts, arg0, arg1)
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

// MintBatch is a paid mutator transaction binding the contract method 0xee3ba62b.
//
// Solidity: function mintBatch(address[] to, bytes32[] keys, bytes32[] hourRoots) returns(bytes32 batch)
func (_ContributionRecords *ContributionRecordsTransactor) MintBatch(opts *bind.TransactOpts, to []common.Address, keys [][32]byte, hourRoots [][32]byte) (*types.Transaction, error) {
	return _ContributionRecords.contract.Transact(opts, "mintBatch", to, keys, hourRoots)
}

// MintBatch is a paid mutator transaction binding the contract method 0xee3ba62b.
//
// Solidity: function mintBatch(address[] to, bytes32[] keys, bytes32[] hourRoots) returns(bytes32 batch)
func (_ContributionRecords *ContributionRecordsSession) MintBatch(to []common.Address, keys [][32]byte, hourRoots [][32]byte) (*types.Transaction, error) {
	return _ContributionRecords.Contract.MintBatch(&_ContributionRecords.TransactOpts, to, keys, hourRoots)
}

// MintBatch is a paid mutator transaction binding the contract method 0xee3ba62b.
//
// Solidity: function mintBatch(address[] to, bytes32[] keys, bytes32[] hourRoots) returns(bytes32 batch)
func (_ContributionRecords *ContributionRecordsTransactorSession) MintBatch(to []common.Address, keys [][32]byte, hourRoots [][32]byte) (*types.Transaction, error) {
	return _ContributionRecords.Contract.MintBatch(&_ContributionRecords.TransactOpts, to, keys, hourRoots)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_ContributionRecords *ContributionRecordsTransactor) Pause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ContributionRecords.contract.Transact(opts, "pause")
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_ContributionRecords *ContributionRecordsSession) Pause() (*types.Transaction, error) {
	return _ContributionRecords.Contract.Pause(&_ContributionRecords.TransactOpts)
}

// Pause is a paid mutator transaction binding the contract method 0x8456cb59.
//
// Solidity: function pause() returns()
func (_ContributionRecords *ContributionRecordsTransactorSession) Pause() (*types.Transaction, error) {
	return _ContributionRecords.Contract.Pause(&_ContributionRecords.TransactOpts)
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
// Solidity: function setApprovalForAll(address , bool ) returns()
func (_ContributionRecords *ContributionRecordsTransactor) SetApprovalForAll(opts *bind.TransactOpts, arg0 common.Address, arg1 bool) (*types.Transaction, error) {
	return _ContributionRecords.contract.Transact(opts, "setApprovalForAll", arg0, arg1)
}

// SetApprovalForAll is a paid mutator transaction binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address , bool ) returns()
func (_ContributionRecords *ContributionRecordsSession) SetApprovalForAll(arg0 common.Address, arg1 bool) (*types.Transaction, error) {
	return _ContributionRecords.Contract.SetApprovalForAll(&_ContributionRecords.TransactOpts, arg0, arg1)
}

// SetApprovalForAll is a paid mutator transaction binding the contract method 0xa22cb465.
//
// Solidity: function setApprovalForAll(address , bool ) returns()
func (_ContributionRecords *ContributionRecordsTransactorSession) SetApprovalForAll(arg0 common.Address, arg1 bool) (*types.Transaction, error) {
	return _ContributionRecords.Contract.SetApprovalForAll(&_ContributionRecords.TransactOpts, arg0, arg1)
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

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_ContributionRecords *ContributionRecordsTransactor) Unpause(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ContributionRecords.contract.Transact(opts, "unpause")
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_ContributionRecords *ContributionRecordsSession) Unpause() (*types.Transaction, error) {
	return _ContributionRecords.Contract.Unpause(&_ContributionRecords.TransactOpts)
}

// Unpause is a paid mutator transaction binding the contract method 0x3f4ba83a.
//
// Solidity: function unpause() returns()
func (_ContributionRecords *ContributionRecordsTransactorSession) Unpause() (*types.Transaction, error) {
	return _ContributionRecords.Contract.Unpause(&_ContributionRecords.TransactOpts)
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

// ContributionRecordsLockedIterator is returned from FilterLocked and is used to iterate over the raw logs and unpacked data for Locked events raised by the ContributionRecords contract.
type ContributionRecordsLockedIterator struct {
	Event *ContributionRecordsLocked // Event containing the contract specifics and raw log

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
func (it *ContributionRecordsLockedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ContributionRecordsLocked)
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
		it.Event = new(ContributionRecordsLocked)
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
func (it *ContributionRecordsLockedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ContributionRecordsLockedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ContributionRecordsLocked represents a Locked event raised by the ContributionRecords contract.
type ContributionRecordsLocked struct {
	TokenId *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterLocked is a free log retrieval operation binding the contract event 0x032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611.
//
// Solidity: event Locked(uint256 tokenId)
func (_ContributionRecords *ContributionRecordsFilterer) FilterLocked(opts *bind.FilterOpts) (*ContributionRecordsLockedIterator, error) {

	logs, sub, err := _ContributionRecords.contract.FilterLogs(opts, "Locked")
	if err != nil {
		return nil, err
	}
	return &ContributionRecordsLockedIterator{contract: _ContributionRecords.contract, event: "Locked", logs: logs, sub: sub}, nil
}

// WatchLocked is a free log subscription operation binding the contract event 0x032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611.
//
// Solidity: event Locked(uint256 tokenId)
func (_ContributionRecords *ContributionRecordsFilterer) WatchLocked(opts *bind.WatchOpts, sink chan<- *ContributionRecordsLocked) (event.Subscription, error) {

	logs, sub, err := _ContributionRecords.contract.WatchLogs(opts, "Locked")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ContributionRecordsLocked)
				if err := _ContributionRecords.contract.UnpackLog(event, "Locked", log); err != nil {
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

// ParseLocked is a log parse operation binding the contract event 0x032bc66be43dbccb7487781d168eb7bda224628a3b2c3388bdf69b532a3a1611.
//
// Solidity: event Locked(uint256 tokenId)
func (_ContributionRecords *ContributionRecordsFilterer) ParseLocked(log types.Log) (*ContributionRecordsLocked, error) {
	event := new(ContributionRecordsLocked)
	if err := _ContributionRecords.contract.UnpackLog(event, "Locked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ContributionRecordsPausedIterator is returned from FilterPaused and is used to iterate over the raw logs and unpacked data for Paused events raised by the ContributionRecords contract.
type ContributionRecordsPausedIterator struct {
	Event *ContributionRecordsPaused // Event containing the contract specifics and raw log

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
func (it *ContributionRecordsPausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ContributionRecordsPaused)
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
		it.Event = new(ContributionRecordsPaused)
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
func (it *ContributionRecordsPausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ContributionRecordsPausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ContributionRecordsPaused represents a Paused event raised by the ContributionRecords contract.
type ContributionRecordsPaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPaused is a free log retrieval operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_ContributionRecords *ContributionRecordsFilterer) FilterPaused(opts *bind.FilterOpts) (*ContributionRecordsPausedIterator, error) {

	logs, sub, err := _ContributionRecords.contract.FilterLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return &ContributionRecordsPausedIterator{contract: _ContributionRecords.contract, event: "Paused", logs: logs, sub: sub}, nil
}

// WatchPaused is a free log subscription operation binding the contract event 0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258.
//
// Solidity: event Paused(address account)
func (_ContributionRecords *ContributionRecordsFilterer) WatchPaused(opts *bind.WatchOpts, sink chan<- *ContributionRecordsPaused) (event.Subscription, error) {

	logs, sub, err := _ContributionRecords.contract.WatchLogs(opts, "Paused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ContributionRecordsPaused)
				if err := _ContributionRecords.contract.UnpackLog(event, "Paused", log); err != nil {
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
func (_ContributionRecords *ContributionRecordsFilterer) ParsePaused(log types.Log) (*ContributionRecordsPaused, error) {
	event := new(ContributionRecordsPaused)
	if err := _ContributionRecords.contract.UnpackLog(event, "Paused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ContributionRecordsRecordsMintedIterator is returned from FilterRecordsMinted and is used to iterate over the raw logs and unpacked data for RecordsMinted events raised by the ContributionRecords contract.
type ContributionRecordsRecordsMintedIterator struct {
	Event *ContributionRecordsRecordsMinted // Event containing the contract specifics and raw log

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
func (it *ContributionRecordsRecordsMintedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ContributionRecordsRecordsMinted)
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
		it.Event = new(ContributionRecordsRecordsMinted)
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
func (it *ContributionRecordsRecordsMintedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ContributionRecordsRecordsMintedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ContributionRecordsRecordsMinted represents a RecordsMinted event raised by the ContributionRecords contract.
type ContributionRecordsRecordsMinted struct {
	Batch     [32]byte
	First     *big.Int
	Keys      [][32]byte
	HourRoots [][32]byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRecordsMinted is a free log retrieval operation binding the contract event 0x8e311e18aa60b2daac67711486e6f855afbaceddbf28400ddf2549a629a3f0bb.
//
// Solidity: event RecordsMinted(bytes32 indexed batch, uint256 first, bytes32[] keys, bytes32[] hourRoots)
func (_ContributionRecords *ContributionRecordsFilterer) FilterRecordsMinted(opts *bind.FilterOpts, batch [][32]byte) (*ContributionRecordsRecordsMintedIterator, error) {

	var batchRule []interface{}
	for _, batchItem := range batch {
		batchRule = append(batchRule, batchItem)
	}

	logs, sub, err := _ContributionRecords.contract.FilterLogs(opts, "RecordsMinted", batchRule)
	if err != nil {
		return nil, err
	}
	return &ContributionRecordsRecordsMintedIterator{contract: _ContributionRecords.contract, event: "RecordsMinted", logs: logs, sub: sub}, nil
}

// WatchRecordsMinted is a free log subscription operation binding the contract event 0x8e311e18aa60b2daac67711486e6f855afbaceddbf28400ddf2549a629a3f0bb.
//
// Solidity: event RecordsMinted(bytes32 indexed batch, uint256 first, bytes32[] keys, bytes32[] hourRoots)
func (_ContributionRecords *ContributionRecordsFilterer) WatchRecordsMinted(opts *bind.WatchOpts, sink chan<- *ContributionRecordsRecordsMinted, batch [][32]byte) (event.Subscription, error) {

	var batchRule []interface{}
	for _, batchItem := range batch {
		batchRule = append(batchRule, batchItem)
	}

	logs, sub, err := _ContributionRecords.contract.WatchLogs(opts, "RecordsMinted", batchRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ContributionRecordsRecordsMinted)
				if err := _ContributionRecords.contract.UnpackLog(event, "RecordsMinted", log); err != nil {
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

// ParseRecordsMinted is a log parse operation binding the contract event 0x8e311e18aa60b2daac67711486e6f855afbaceddbf28400ddf2549a629a3f0bb.
//
// Solidity: event RecordsMinted(bytes32 indexed batch, uint256 first, bytes32[] keys, bytes32[] hourRoots)
func (_ContributionRecords *ContributionRecordsFilterer) ParseRecordsMinted(log types.Log) (*ContributionRecordsRecordsMinted, error) {
	event := new(ContributionRecordsRecordsMinted)
	if err := _ContributionRecords.contract.UnpackLog(event, "RecordsMinted", log); err != nil {
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

// ContributionRecordsUnpausedIterator is returned from FilterUnpaused and is used to iterate over the raw logs and unpacked data for Unpaused events raised by the ContributionRecords contract.
type ContributionRecordsUnpausedIterator struct {
	Event *ContributionRecordsUnpaused // Event containing the contract specifics and raw log

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
func (it *ContributionRecordsUnpausedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ContributionRecordsUnpaused)
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
		it.Event = new(ContributionRecordsUnpaused)
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
func (it *ContributionRecordsUnpausedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ContributionRecordsUnpausedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ContributionRecordsUnpaused represents a Unpaused event raised by the ContributionRecords contract.
type ContributionRecordsUnpaused struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterUnpaused is a free log retrieval operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_ContributionRecords *ContributionRecordsFilterer) FilterUnpaused(opts *bind.FilterOpts) (*ContributionRecordsUnpausedIterator, error) {

	logs, sub, err := _ContributionRecords.contract.FilterLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return &ContributionRecordsUnpausedIterator{contract: _ContributionRecords.contract, event: "Unpaused", logs: logs, sub: sub}, nil
}

// WatchUnpaused is a free log subscription operation binding the contract event 0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa.
//
// Solidity: event Unpaused(address account)
func (_ContributionRecords *ContributionRecordsFilterer) WatchUnpaused(opts *bind.WatchOpts, sink chan<- *ContributionRecordsUnpaused) (event.Subscription, error) {

	logs, sub, err := _ContributionRecords.contract.WatchLogs(opts, "Unpaused")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ContributionRecordsUnpaused)
				if err := _ContributionRecords.contract.UnpackLog(event, "Unpaused", log); err != nil {
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
func (_ContributionRecords *ContributionRecordsFilterer) ParseUnpaused(log types.Log) (*ContributionRecordsUnpaused, error) {
	event := new(ContributionRecordsUnpaused)
	if err := _ContributionRecords.contract.UnpackLog(event, "Unpaused", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

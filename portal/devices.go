package portal

import (
	"errors"

	"github.com/gofiber/fiber/v2"

	"rhd.dev/ledger"
)

// deviceTypes are the wearables people can pair.
var deviceTypes = map[string]string{"wristband": "Wristband", "ring": "Ring", "chest_strap": "Chest strap"}

func (s *Server) addDevice(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	typ := c.FormValue("type")
	if _, ok := deviceTypes[typ]; !ok {
		return fiber.NewError(fiber.StatusBadRequest, "Choose a wristband, ring or chest strap.")
	}
	code, err := s.store.CreatePairingCode(c.UserContext(), id.ContributorID, typ)
	if errors.Is(err, ledger.ErrTooManyPairingCodes) {
		return fiber.NewError(fiber.StatusTooManyRequests, "You have several unused pairing codes. Use one of them, or wait 15 minutes until they expire.")
	} else if err != nil {
		return err
	}
	data := s.base(c, "Add a device")
	data["Code"], data["Type"] = code, deviceTypes[typ]
	return s.render(c, "paircode", data)
}

func (s *Server) renameDevice(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	err := s.store.RenameDevice(c.UserContext(), id.ContributorID, c.Params("device"), c.FormValue("name"))
	if errors.Is(err, ledger.ErrNotFound) {
		return fiber.NewError(fiber.StatusNotFound, "No such device.")
	} else if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "A device name has 1 to 60 characters.")
	}
	return c.Redirect("/dashboard", fiber.StatusSeeOther)
}

func (s *Server) removeDevice(c *fiber.Ctx) error {
	id := c.Locals("identity").(ledger.Identity)
	if err := s.store.RemoveDevice(c.UserContext(), id.ContributorID, c.Params("device")); errors.Is(err, ledger.ErrNotFound) {
		return fiber.NewError(fiber.StatusNotFound, "No such device.")
	} else if err != nil {
		return err
	}
	return c.Redirect("/dashboard", fiber.StatusSeeOther)
}

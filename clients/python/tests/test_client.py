"""Tests of rhd_client against a running rhd portal.

RHD_URL and RHD_TOKEN name the portal and a researcher token with the read
and buy scopes and credit for two purchases; RHD_OTHER_TOKEN is another
researcher's. The Go test TestPythonClient (portal/pyclient_test.go) starts
a portal with a published cohort and runs these.
"""

import hashlib
import json
import os
import sys
import tempfile
import unittest
import zipfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from rhd_client import ChecksumError, Client, RhdError, verify_bundle  # noqa: E402

URL = os.environ.get("RHD_URL")
TOKEN = os.environ.get("RHD_TOKEN")
OTHER = os.environ.get("RHD_OTHER_TOKEN")


@unittest.skipUnless(URL and TOKEN and OTHER, "needs a running rhd (RHD_URL, RHD_TOKEN, RHD_OTHER_TOKEN)")
class ClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.rhd = Client(URL, TOKEN, timeout=120)
        cohorts = cls.rhd.cohorts(min_size=1)
        cls.cohort = cohorts[0]
        cls.order = cls.rhd.order(cls.cohort["snapshot"], "academic", idempotency_key="python-client-test")

    def setUp(self):
        self.dir = tempfile.mkdtemp()

    def test_orders_state_their_purpose(self):
        self.assertIn("academic", [p["id"] for p in self.rhd.purposes()])
        self.assertEqual(self.order["purpose"], "academic")

    def test_cohorts_are_listed_and_filtered(self):
        self.assertTrue(self.cohort["snapshot"].startswith(self.cohort["cohort"] + "@v"))
        self.assertGreaterEqual(self.cohort["contributors"], 1)
        self.assertEqual(self.rhd.cohorts(min_size=10_000), [])

    def test_order_is_idempotent(self):
        again = self.rhd.order(self.cohort["snapshot"], "academic", idempotency_key="python-client-test")
        self.assertEqual(again["id"], self.order["id"])
        self.assertFalse(again["created"])
        self.assertEqual([o["id"] for o in self.rhd.orders()].count(self.order["id"]), 1)
        with self.assertRaises(RhdError) as e:
            self.rhd.order("no.such.cohort@v1", "academic", idempotency_key="python-client-missing")
        self.assertEqual(e.exception.status, 404)

    def test_download_verifies_and_is_pinned(self):
        path = self.rhd.download(self.order["id"], os.path.join(self.dir, "b.zip"))
        manifest = verify_bundle(path)
        self.assertEqual(manifest["bundle"], self.order["bundle"])
        self.assertEqual(manifest["identifier"], self.order["dataset"])
        with open(path, "rb") as f:
            whole = f.read()
        pinned = self.rhd.get_order(self.order["id"])["exports"][0]
        self.assertEqual(pinned["sha256"], hashlib.sha256(whole).hexdigest())
        # A second download, pinned to the first delivery's digest, is the same file.
        again = self.rhd.download(self.order["id"], os.path.join(self.dir, "again.zip"), expected_sha256=pinned["sha256"])
        with open(again, "rb") as f:
            self.assertEqual(f.read(), whole)
        # The datapackage reads as plain JSON and lists every data file.
        with zipfile.ZipFile(path) as z:
            pkg = json.loads(z.read("datapackage.json"))
            self.assertEqual(pkg["id"], self.order["dataset"])
            paths = {r["path"] for r in pkg["resources"]}
            self.assertIn("readings_minute.parquet", paths)
            self.assertIn("dictionary.json", paths)

    def test_download_resumes_after_a_cut(self):
        whole_path = self.rhd.download(self.order["id"], os.path.join(self.dir, "whole.zip"))
        with open(whole_path, "rb") as f:
            whole = f.read()
        dest = os.path.join(self.dir, "resumed.zip")
        with open(dest + ".part", "wb") as f:
            f.write(whole[: len(whole) // 3])
        self.rhd.download(self.order["id"], dest)
        self.assertEqual(self.rhd.last_resumed_from, len(whole) // 3)
        with open(dest, "rb") as f:
            self.assertEqual(f.read(), whole)
        self.assertFalse(os.path.exists(dest + ".part"))

    def test_corrupt_partial_download_is_caught(self):
        dest = os.path.join(self.dir, "bad.zip")
        with open(dest + ".part", "wb") as f:
            f.write(b"PK\x03\x04 not the bundle's bytes")
        with self.assertRaises(ChecksumError):
            self.rhd.download(self.order["id"], dest)
        self.assertFalse(os.path.exists(dest + ".part"))
        self.assertFalse(os.path.exists(dest))
        self.rhd.download(self.order["id"], dest)  # starts afresh
        verify_bundle(dest)

    def test_wrong_pin_is_refused(self):
        with self.assertRaises(ChecksumError):
            self.rhd.download(self.order["id"], os.path.join(self.dir, "pin.zip"), expected_sha256="0" * 64)

    def test_standard_exports_on_request(self):
        path = self.rhd.download(self.order["id"], os.path.join(self.dir, "fhir.zip"), formats=["fhir", "omh"])
        out = self.rhd.extract(path, os.path.join(self.dir, "fhir"))
        with open(os.path.join(out, "datapackage.json")) as f:
            rows = {r["path"]: r.get("rows") for r in json.load(f)["resources"]}
        with open(os.path.join(out, "fhir", "Observation.ndjson")) as f:
            observations = [json.loads(line) for line in f if line.strip()]
        # A bundle keeps half of each person's days, so a small test bundle
        # may hold none: the file then is empty, as its descriptor says.
        self.assertEqual(len(observations), rows["fhir/Observation.ndjson"])
        for o in observations:
            self.assertEqual(o["resourceType"], "Observation")
            self.assertNotIn("reference", o["subject"])
        with self.assertRaises(RhdError) as e:
            self.rhd.download(self.order["id"], os.path.join(self.dir, "x.zip"), formats=["csv"])
        self.assertEqual(e.exception.status, 400)

    def test_formats_chosen_when_ordering(self):
        key = "python-client-formats"
        o = self.rhd.order(self.cohort["snapshot"], "academic", idempotency_key=key, formats=["omh", "fhir"])
        self.assertEqual(o["formats"], ["fhir", "omh"])
        again = self.rhd.order(self.cohort["snapshot"], "academic", idempotency_key=key, formats=["fhir", "omh"])
        self.assertEqual(again["id"], o["id"])
        self.assertFalse(again["created"])
        with self.assertRaises(RhdError) as e:
            self.rhd.order(self.cohort["snapshot"], "academic", idempotency_key=key, formats=["fhir"])
        self.assertEqual(e.exception.status, 422)
        path = self.rhd.download(o["id"], os.path.join(self.dir, "ordered.zip"))
        with zipfile.ZipFile(path) as z:
            names = z.namelist()
        self.assertIn("fhir/Observation.ndjson", names)
        self.assertIn("omh/data-points.ndjson", names)
        plain = self.rhd.download(o["id"], os.path.join(self.dir, "plain.zip"), formats=[])
        with zipfile.ZipFile(plain) as z:
            self.assertNotIn("fhir/Observation.ndjson", z.namelist())

    def test_versions_list_the_purchase(self):
        versions = self.rhd.versions(self.cohort["cohort"])
        self.assertTrue(versions[0]["current"])
        mine = [v for v in versions if self.order["id"] in v["orders"]]
        self.assertEqual(len(mine), 1)
        self.assertEqual(mine[0]["snapshot"], self.order["snapshot"])

    def test_other_researchers_and_bad_tokens_get_nothing(self):
        other = Client(URL, OTHER)
        with self.assertRaises(RhdError) as e:
            other.download(self.order["id"], os.path.join(self.dir, "theirs.zip"))
        self.assertEqual(e.exception.status, 404)
        self.assertFalse(os.path.exists(os.path.join(self.dir, "theirs.zip.part")))
        with self.assertRaises(RhdError) as e:
            other.get_order(self.order["id"])
        self.assertEqual(e.exception.status, 404)
        with self.assertRaises(RhdError) as e:
            Client(URL, "rhd_forged").cohorts()
        self.assertEqual(e.exception.status, 401)

    def test_extract_refuses_escaping_entries(self):
        bad = os.path.join(self.dir, "evil.zip")
        with zipfile.ZipFile(bad, "w") as z:
            z.writestr("../escape.txt", "x")
        with self.assertRaises(ValueError):
            Client.extract(bad, os.path.join(self.dir, "out"))
        self.assertFalse(os.path.exists(os.path.join(self.dir, "escape.txt")))


if __name__ == "__main__":
    unittest.main()

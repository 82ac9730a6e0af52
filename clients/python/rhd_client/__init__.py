"""Client for the Remote Health Dashboard research API.

Standard library only; pyarrow, if installed, loads a bundle's Parquet files.

    from rhd_client import Client
    rhd = Client("https://rhd.example", token="rhd_...")
    cohort = rhd.cohorts(min_size=50)[0]
    order = rhd.order(cohort["snapshot"], idempotency_key="my-study-2026-01")
    path = rhd.download(order["id"], "bundle.zip")   # resumes, verifies checksums
    rhd.extract(path, "bundle/")
"""

import base64
import hashlib
import json
import os
import posixpath
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import zipfile

__all__ = ["Client", "RhdError", "ChecksumError", "verify_bundle", "load_readings"]

CHECKSUM_FILE = "manifest-sha256.txt"
_CHUNK = 1 << 16


class RhdError(Exception):
    """The API refused a request; status is the HTTP status."""

    def __init__(self, status, message):
        super().__init__(f"{status}: {message}")
        self.status = status
        self.message = message


class ChecksumError(Exception):
    """A downloaded file does not match the checksum it should have."""


class Client:
    def __init__(self, base_url, token, timeout=60, retries=3):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.retries = retries
        self.last_resumed_from = 0  # where the last download continued a cut-off one

    # --- requests -------------------------------------------------------

    def _request(self, method, path, body=None, headers=None):
        req = urllib.request.Request(self.base_url + path, method=method)
        req.add_header("Authorization", "Bearer " + self.token)
        req.add_header("Accept", "application/json")
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            req.add_header("Content-Type", "application/json")
        return urllib.request.urlopen(req, data=data, timeout=self.timeout)

    def _json(self, method, path, body=None, headers=None):
        """Sends a request, retrying connection failures (never a refusal)."""
        for attempt in range(self.retries + 1):
            try:
                with self._request(method, path, body, headers) as resp:
                    return resp.status, json.loads(resp.read() or b"null")
            except urllib.error.HTTPError as e:
                raise RhdError(e.code, _error_message(e)) from None
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if attempt == self.retries:
                    raise
                time.sleep(min(2 ** attempt, 10) * 0.5)

    # --- catalog and orders ----------------------------------------------

    def cohorts(self, age_band=None, activity=None, device_type=None, min_size=None):
        """Published cohorts, each with its current snapshot and price."""
        q = {k: v for k, v in {"age_band": age_band, "activity": activity, "device_type": device_type,
                               "min_size": min_size}.items() if v is not None}
        return self._json("GET", "/api/v1/cohorts" + ("?" + urllib.parse.urlencode(q) if q else ""))[1]

    def versions(self, cohort):
        """Every version of a cohort, newest first, with your orders of each."""
        return self._json("GET", "/api/v1/cohorts/" + urllib.parse.quote(cohort, safe="") + "/versions")[1]

    def purposes(self):
        """The purposes an order can state (id, name, plain-language description)."""
        return self._json("GET", "/api/v1/purposes")[1]

    def order(self, snapshot, purpose, idempotency_key=None, organization=None, formats=()):
        """Buys a bundle of a snapshot for a purpose (see purposes()); the
        bundle holds only members who allow it. formats ("fhir", "omh") adds
        standard exports to every download of the order. Retrying with the
        same idempotency key (the default is a fresh one, reused across this
        call's own retries) never charges twice; the same key with another
        snapshot, purpose or formats is refused (422). The order has
        "created": False when the key had already bought it."""
        key = idempotency_key or str(uuid.uuid4())
        body = {"snapshot": snapshot, "purpose": purpose}
        if organization:
            body["organization"] = organization
        if formats:
            body["formats"] = list(formats)
        status, o = self._json("POST", "/api/v1/orders", body, {"Idempotency-Key": key})
        o["created"] = status == 201
        return o

    def orders(self):
        """Your purchases, newest first."""
        return self._json("GET", "/api/v1/orders")[1]

    def get_order(self, order_id):
        """One purchase, with every downloadable variant and the SHA-256 each
        is pinned to once first delivered."""
        return self._json("GET", "/api/v1/orders/" + urllib.parse.quote(order_id, safe=""))[1]

    # --- downloads -------------------------------------------------------

    def download(self, order_id, dest, formats=None, verify=True, expected_sha256=None):
        """Downloads a purchased bundle to dest, with the formats chosen when
        ordering unless formats names others ([] for Parquet only), resuming from dest + ".part"
        if an earlier attempt was cut off. Checks the whole file against the
        server's Repr-Digest (and expected_sha256 if given, e.g. the digest
        the order is pinned to), then every file in it against the bundle's
        manifest-sha256.txt. A file that fails is deleted and ChecksumError
        raised; calling again starts afresh."""
        path = "/api/v1/orders/" + urllib.parse.quote(order_id, safe="") + "/bundle.zip"
        if formats is not None:
            path += "?formats=" + urllib.parse.quote(",".join(formats), safe=",")
        part = dest + ".part"
        for attempt in range(self.retries + 1):
            try:
                digest = self._fetch(path, part)
                break
            except urllib.error.HTTPError as e:
                raise RhdError(e.code, _error_message(e)) from None
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                if attempt == self.retries:
                    raise
                time.sleep(min(2 ** attempt, 10) * 0.5)
        got = _sha256_file(part)
        for want in (digest, expected_sha256):
            if want and want != got:
                os.remove(part)
                raise ChecksumError(f"{dest}: SHA-256 {got}, expected {want}")
        if verify:
            try:
                verify_bundle(part)
            except ChecksumError:
                os.remove(part)
                raise
        os.replace(part, dest)
        return dest

    def _fetch(self, path, part):
        """Appends the rest of the file to part; returns the expected hex
        SHA-256 of the whole file (from Repr-Digest), or None."""
        have = os.path.getsize(part) if os.path.exists(part) else 0
        headers = {"Range": f"bytes={have}-"} if have else {}
        try:
            resp = self._request("GET", path, headers=headers)
        except urllib.error.HTTPError as e:
            if e.code != 416:  # the part is already whole (or longer): start again
                raise
            os.remove(part)
            resp = self._request("GET", path)
            have = 0
        with resp:
            mode = "ab" if have and resp.status == 206 else "wb"
            self.last_resumed_from = have if mode == "ab" else 0
            with open(part, mode) as f:
                while True:
                    chunk = resp.read(_CHUNK)
                    if not chunk:
                        break
                    f.write(chunk)
            return _repr_digest(resp.headers.get("Repr-Digest", ""))

    @staticmethod
    def extract(zip_path, dest_dir):
        """Extracts a verified bundle, refusing entries that would leave dest_dir."""
        with zipfile.ZipFile(zip_path) as z:
            for name in z.namelist():
                norm = posixpath.normpath(name)
                if name.startswith("/") or norm.startswith("..") or "\\" in name:
                    raise ValueError(f"unsafe entry in bundle: {name!r}")
            z.extractall(dest_dir)
        return dest_dir


def verify_bundle(zip_path):
    """Checks every file of a bundle zip against its manifest-sha256.txt
    (BagIt style) and that no file is missing from the list. Returns the
    manifest.json it holds."""
    with zipfile.ZipFile(zip_path) as z:
        names = set(z.namelist())
        if CHECKSUM_FILE not in names:
            raise ChecksumError(f"{zip_path}: no {CHECKSUM_FILE}")
        listed = set()
        for line in z.read(CHECKSUM_FILE).decode().splitlines():
            if not line.strip():
                continue
            want, _, name = line.partition("  ")
            if name not in names:
                raise ChecksumError(f"{name} is listed but missing")
            h = hashlib.sha256()
            with z.open(name) as f:
                for chunk in iter(lambda: f.read(_CHUNK), b""):
                    h.update(chunk)
            if h.hexdigest() != want:
                raise ChecksumError(f"{name}: SHA-256 {h.hexdigest()}, listed {want}")
            listed.add(name)
        unlisted = names - listed - {CHECKSUM_FILE}
        if unlisted:
            raise ChecksumError(f"files not in {CHECKSUM_FILE}: {sorted(unlisted)}")
        return json.loads(z.read("manifest.json"))


def load_readings(bundle_dir):
    """Loads readings_minute.parquet joined with participants.parquet as a
    pyarrow Table (needs pyarrow)."""
    import pyarrow.parquet as pq  # optional dependency

    r = pq.read_table(os.path.join(bundle_dir, "readings_minute.parquet"))
    p = pq.read_table(os.path.join(bundle_dir, "participants.parquet"))
    return r.join(p, "participant")


def _sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(_CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


def _repr_digest(header):
    """Reads the sha-256 member of an RFC 9530 Repr-Digest header as hex."""
    for member in header.split(","):
        k, _, v = member.strip().partition("=")
        if k.strip().lower() == "sha-256" and v.startswith(":") and v.endswith(":"):
            return base64.b64decode(v[1:-1]).hex()
    return None


def _error_message(e):
    try:
        return json.loads(e.read()).get("error", e.reason)
    except Exception:
        return str(e.reason)

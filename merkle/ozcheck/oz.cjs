// Reads {"types": [...], "values": [[...], ...]} on stdin and prints what
// OpenZeppelin's StandardMerkleTree makes of them: the root and each value's
// proof (in the order given), or the error the library throws.
// Usage: node oz.cjs <node_modules dir>
const path = require("path");
const { StandardMerkleTree } = require(path.join(process.argv[2], "@openzeppelin/merkle-tree"));
let input = "";
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", () => {
  const { types, values } = JSON.parse(input);
  let tree;
  try {
    tree = StandardMerkleTree.of(values, types);
  } catch (e) {
    process.stdout.write(JSON.stringify({ error: String(e.message || e) }));
    return;
  }
  const proofs = values.map((_, i) => tree.getProof(i));
  process.stdout.write(JSON.stringify({ root: tree.root, proofs }));
});

/** A line diff (longest common subsequence) with a few lines of context, for `--check` messages. */
export function lineDiff(before: string, after: string, context = 2): string {
    const a = before.split("\n");
    const b = after.split("\n");
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]; models are small.
    const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) {
        for (let j = b.length - 1; j >= 0; j--) {
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    const ops: { mark: " " | "-" | "+"; line: string }[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        if (i < a.length && j < b.length && a[i] === b[j]) {
            ops.push({ mark: " ", line: a[i++] });
            j++;
        } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
            ops.push({ mark: "-", line: a[i++] });
        } else {
            ops.push({ mark: "+", line: b[j++] });
        }
    }
    const keep = ops.map((op, k) => ops.slice(Math.max(0, k - context), k + context + 1).some(o => o.mark !== " "));
    const out: string[] = [];
    ops.forEach((op, k) => {
        if (keep[k]) out.push(`${op.mark} ${op.line}`);
        else if (keep[k - 1]) out.push("  ...");
    });
    return out.join("\n");
}

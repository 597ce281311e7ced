#!/usr/bin/env python3
"""Writes the Markdown tables of releng/bench-tables.sh from the raw outputs of one run.

usage: python3 releng/bench-tables.py WORK > tables.md   (WORK/raw holds what bench-tables.sh wrote)

Every figure is read by its JSON name; a name that a command does not print (an older or newer
build) gives "n/a" in its cell, so the tables keep working while the commands gain fields.
"""
import json
import os
import re
import sys

NA = "n/a"


def read(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return None


def first_json(text):
    """The JSON document in a command's stdout (a launcher may print lines before it)."""
    if not text:
        return None
    start = min([i for i in (text.find("{"), text.find("[")) if i >= 0], default=-1)
    if start < 0:
        return None
    try:
        return json.JSONDecoder().raw_decode(text[start:])[0]
    except ValueError:
        return None


def get(obj, *path):
    for key in path:
        if not isinstance(obj, dict) or obj.get(key) is None:
            return None
        obj = obj[key]
    return obj


def num(value, digits=2):
    if value is None:
        return NA
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        if isinstance(value, int) or float(value).is_integer() and abs(value) >= 100:
            return f"{int(value):,}"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        return f"{value:.{digits}f}"
    return str(value)


def ratio(a, b, digits=2):
    if a is None or b is None or b == 0:
        return NA
    return f"{a / b:.{digits}f}"


def time_v(raw, name):
    """Wall seconds, peak RSS in MB and exit status from a /usr/bin/time -v file."""
    text = read(os.path.join(raw, name + ".time")) or ""
    wall = rss = status = None
    m = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\):\s*(?:(\d+):)?(\d+):([\d.]+)", text)
    if m:
        wall = int(m.group(1) or 0) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
    m = re.search(r"Maximum resident set size \(kbytes\):\s*(\d+)", text)
    if m:
        rss = int(m.group(1)) / 1024.0
    m = re.search(r"Exit status:\s*(\d+)", text)
    if m:
        status = int(m.group(1))
    return wall, rss, status


def peer(raw):
    """web-ifc per file: MB, OpenModel best of 3 (s), MB/s, geometry (s), meshes, triangles."""
    rows = {}
    for name in ("peer", "peer-1g"):
        for line in (read(os.path.join(raw, name + ".out")) or "").splitlines():
            cells = line.split("\t")
            if len(cells) < 7:
                continue
            try:
                rows[cells[0]] = {
                    "mb": float(cells[1].split()[0]),
                    "open_s": float(cells[2].split()[1]),
                    "open_mb_s": float(cells[3].split()[0]),
                    "geometry_s": float(cells[4].split()[1]),
                    "meshes": int(cells[5].split()[0]),
                    "triangles": int(cells[6].split()[0]),
                }
            except (ValueError, IndexError):
                continue
    return rows


def per_file(raw, names):
    """The rows of `bench parse|geometry --json` by file name, and the documents themselves."""
    rows, docs = {}, []
    for name in names:
        doc = first_json(read(os.path.join(raw, name + ".out")))
        if doc is None:
            continue
        docs.append(doc)
        for row in doc.get("files", []) or []:
            if isinstance(row, dict) and row.get("file"):
                rows[row["file"]] = dict(row, _doc=doc)
    return rows, docs


# peer-bench prints its geometry time to 10 ms and its open to 1 ms: under this, a ratio to it says nothing.
WEB_RESOLUTION_S = 0.05


def web_total(pw):
    """web-ifc's open + geometry in seconds, or None when it is absent or too short for its rounding."""
    if not pw:
        return None
    total = pw["open_s"] + pw["geometry_s"]
    return total if total >= WEB_RESOLUTION_S else None


def web_cell(pw):
    if not pw:
        return NA
    total = pw["open_s"] + pw["geometry_s"]
    return num(total) if total >= WEB_RESOLUTION_S else f"{total:.2f} (under {int(WEB_RESOLUTION_S * 1000)} ms: no ratio)"


def table(header, rows, numbers=True):
    align = "---:" if numbers else "---"
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] + [align] * (len(header) - 1)) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main():
    work = sys.argv[1] if len(sys.argv) > 1 else "/tmp/bench-tables"
    raw = os.path.join(work, "raw")
    machine = dict(line.split("\t", 1) for line in (read(os.path.join(raw, "machine.tsv")) or "").splitlines() if "\t" in line)
    paths = [p for p in (read(os.path.join(raw, "files.txt")) or "").splitlines() if p]
    paths += [p for p in (read(os.path.join(raw, "files-1g.txt")) or "").splitlines() if p]
    names = [os.path.basename(p) for p in paths]
    large = [os.path.basename(p) for p in paths if os.path.exists(p) and os.path.getsize(p) > 100e6]
    samples = [n for n in names if n not in large]
    web = peer(raw)
    out = []
    w = out.append

    w(f"Machine and build: {machine.get('cpu', NA)}, {machine.get('memory', NA)}, {machine.get('os', NA)}; "
      f"{machine.get('build', NA)}, {machine.get('java', NA)}; Node.js {machine.get('node', NA)}; commit {machine.get('commit', NA)}; "
      f"{machine.get('date', NA)}." + (" **Quick run** (three small samples, no large model)." if machine.get("quick") == "yes" else ""))
    w("")
    w("Load average before and after each block (`uptime`):")
    w("")
    urows = []
    for line in (read(os.path.join(raw, "uptime.tsv")) or "").splitlines():
        cells = line.split("\t")
        if len(cells) >= 4:
            load = cells[3].split("load average:")[-1].strip()
            urows.append([cells[0], cells[1], cells[2] + " UTC", load])
    w(table(["block", "when", "time", "load average (1, 5, 15 min)"], urows, numbers=False))
    w("")
    w("Commands (from the repository root; `releng/bench-tables.sh` runs all of them):")
    w("")
    w("```")
    w((read(os.path.join(raw, "commands.txt")) or "").rstrip())
    w("```")
    w("")

    # --- parse
    p1, _ = per_file(raw, ["parse-t1", "parse-1g-t1"])
    p2, _ = per_file(raw, ["parse-t2", "parse-1g-t2"])
    w("#### Open (`bench parse`, best of the rounds) against web-ifc `OpenModel` (best of 3)")
    w("")
    w("MB are 10^6 bytes on both sides. \"ours / web-ifc\" is our open MB/s over web-ifc's `OpenModel` MB/s (above 1: ours is faster).")
    w("")
    rows = []
    for n in names:
        a, b, pw = p1.get(n, {}), p2.get(n, {}), web.get(n, {})
        rows.append([n, num(a.get("mb") or b.get("mb") or pw.get("mb")), num(a.get("instances") or b.get("instances")),
                     num(a.get("index_mb_s")), num(b.get("index_mb_s")), num(a.get("decode_mb_s")), num(b.get("decode_mb_s")),
                     num(a.get("open_mb_s")), "**" + num(b.get("open_mb_s")) + "**", ratio(b.get("open_mb_s"), a.get("open_mb_s")),
                     num(a.get("heap_mb")), num(b.get("heap_mb")), num(pw.get("open_mb_s")),
                     ratio(a.get("open_mb_s"), pw.get("open_mb_s")), "**" + ratio(b.get("open_mb_s"), pw.get("open_mb_s")) + "**"])
    w(table(["file", "MB", "instances", "index MB/s 1 t", "index 2 t", "decode MB/s 1 t", "decode 2 t", "open MB/s 1 t",
             "open 2 t", "open 2 t / 1 t", "heap MB 1 t", "heap 2 t", "web-ifc open MB/s", "ours / web-ifc 1 t", "ours / web-ifc 2 t"], rows))
    w("")

    # --- geometry
    g1, gd1 = per_file(raw, ["geometry-t1", "geometry-1g-t1"])
    g2, gd2 = per_file(raw, ["geometry-t2", "geometry-1g-t2"])
    starts = [num(get(d, "engine_start_s")) + " s (" + str(get(d, "threads")) + " t)" for d in gd1 + gd2]
    w("#### Geometry (`bench geometry`) against web-ifc `OpenModel` + `StreamAllMeshes`")
    w("")
    w("Engine start (once per command, not in the rows): " + (", ".join(starts) if starts else NA) + ". "
      "\"open + tessellate\" is ours; web-ifc's is its best `OpenModel` plus one `StreamAllMeshes`. "
      "\"ours / web-ifc\" is our time over web-ifc's (below 1: ours is faster).")
    w("")
    rows = []
    for n in names:
        a, b, pw = g1.get(n, {}), g2.get(n, {}), web.get(n, {})
        wt = web_total(pw)
        ta = a.get("total_s") if a.get("total_s") is not None else (a["open_s"] + a["tessellate_s"] if a.get("open_s") is not None and a.get("tessellate_s") is not None else None)
        tb = b.get("total_s") if b.get("total_s") is not None else (b["open_s"] + b["tessellate_s"] if b.get("open_s") is not None and b.get("tessellate_s") is not None else None)
        rows.append([n, num(a.get("products") or b.get("products")), num(a.get("triangles") or b.get("triangles")), num(pw.get("triangles")),
                     num(a.get("tessellate_s")), num(b.get("tessellate_s")), ratio(a.get("tessellate_s"), b.get("tessellate_s")),
                     num(a.get("products_per_s")), num(b.get("products_per_s")), num(a.get("triangles_per_s")), num(b.get("triangles_per_s")),
                     num(ta), num(tb), web_cell(pw), ratio(ta, wt), ratio(tb, wt)])
    w(table(["file", "products", "triangles", "web-ifc triangles", "tessellate s 1 t", "2 t", "speed-up 2 t / 1 t",
             "products/s 1 t", "2 t", "triangles/s 1 t", "2 t", "open + tessellate s 1 t", "2 t", "web-ifc open + geometry s",
             "ours / web-ifc 1 t", "ours / web-ifc 2 t"], rows))
    w("")

    # --- quantities
    w("#### Take-off (`bidbench quantities`, whole command) against web-ifc open + geometry")
    w("")
    w("Wall time and peak RSS from `/usr/bin/time -v` (the JVM's start, the engine's start, the open, the "
      "geometry, the rules and the CSV); web-ifc's is `OpenModel` + `StreamAllMeshes` in a running Node.js. "
      "Goal: ours / web-ifc at most 1.2 at 1 thread, under 1 at 2 threads.")
    w("")
    quantities = {}
    i = 0
    while os.path.exists(os.path.join(raw, f"quantities-{i}-t1.file")):
        n = os.path.basename((read(os.path.join(raw, f"quantities-{i}-t1.file")) or "").strip())
        quantities[n] = {t: time_v(raw, f"quantities-{i}-t{t}") for t in (1, 2)}
        i += 1
    rows = []
    for n in names:
        q, pw = quantities.get(n), web.get(n)
        if q is None:
            continue
        wt = web_total(pw)
        (w1, r1, s1), (w2, r2, s2) = q[1], q[2]
        rows.append([n, num(w1) if s1 == 0 else f"failed ({s1})", num(w2) if s2 == 0 else f"failed ({s2})", num(r1, 0), num(r2, 0),
                     web_cell(pw), ratio(w1, wt) if s1 == 0 else NA, ratio(w2, wt) if s2 == 0 else NA])
    w(table(["file", "ours s 1 t", "ours s 2 t", "peak RSS MB 1 t", "peak RSS MB 2 t", "web-ifc open + geometry s",
             "ours / web-ifc 1 t", "ours / web-ifc 2 t"], rows))
    w("")

    # --- render
    w("#### Viewer (`bench render`, 1280x720, llvmpipe)")
    w("")
    w("`bench render` has no `--threads`: its model load tessellates with the engine's automatic count (one runtime "
      "per core, fewer for a small model or short memory). web-ifc has no viewer to compare with. "
      "Orbit = full detail; moving = progressive rendering while the camera moves; still = the frame after it stops.")
    w("")
    renders = {}
    i = 0
    while os.path.exists(os.path.join(raw, f"render-{i}.file")):
        n = os.path.basename((read(os.path.join(raw, f"render-{i}.file")) or "").strip())
        renders[n] = (first_json(read(os.path.join(raw, f"render-{i}.out"))) or {}, time_v(raw, f"render-{i}"))
        i += 1
    rows = []
    for n in names:
        if n not in renders:
            continue
        r, (wall, rss, status) = renders[n]
        rows.append([n, num(r.get("triangles")), num(r.get("load_s")), num(r.get("streamed_first_frame_s")), num(r.get("first_frame_s")),
                     num(r.get("median_ms")), "**" + num(get(r, "moving", "median_ms")) + "**", num(r.get("still_frame_ms")),
                     num(r.get("coarse_diff_percent")), num(r.get("gpu_mb")), num(r.get("upload_s")), num(r.get("heap_mb")),
                     num(r.get("direct_buffers_mb")), num(rss, 0) if status == 0 else f"failed ({status})"])
    w(table(["file", "triangles", "load s", "streamed first frame s", "first frame s", "orbit median ms", "moving median ms",
             "still frame ms", "coarse vs full % pixels", "GPU MB", "upload s", "heap MB", "direct buffers MB", "peak RSS MB"], rows))
    w("")

    # --- goals
    w("#### Issue 18's goals in this run")
    w("")
    goals = []

    def short(value, goal, unit, below=False):
        if value is None:
            return NA
        met = value < goal if below else value >= goal
        if met:
            return f"met ({num(value)} {unit})"
        return f"not met: {num(value)} {unit}, {num(abs(value - goal))} {unit} ({abs(value - goal) / goal * 100:.0f} %) {'over' if below else 'short'}"

    for n in large[:1]:
        b = p2.get(n, {})
        a = p1.get(n, {})
        goals.append([f"open at least 1,000 MB/s at 2 threads on {n}", short(b.get("open_mb_s"), 1000, "MB/s") +
                      f"; 2 t / 1 t = {ratio(b.get('open_mb_s'), a.get('open_mb_s'))}"])
    def total(row):
        if row.get("total_s") is not None:
            return row["total_s"]
        if row.get("open_s") is not None and row.get("tessellate_s") is not None:
            return row["open_s"] + row["tessellate_s"]
        return None

    for t, goal, word in ((1, 1.2, "at most 1.2x"), (2, 1.0, "under 1x")):
        for how, ours in (("whole `quantities` command, JVM and engine start included",
                           lambda n: quantities[n][t][0] if n in quantities and quantities[n][t][2] == 0 else None),
                          ("in process: `bench geometry` open + tessellate, after the engine's start",
                           lambda n: total((g1 if t == 1 else g2).get(n, {})))):
            over, have, short_web = [], 0, 0
            for n in samples:
                pw, mine = web.get(n), ours(n)
                if pw and web_total(pw) is None:
                    short_web += 1
                if mine is None or web_total(pw) is None:
                    continue
                have += 1
                x = mine / web_total(pw)
                if (x > goal) if t == 1 else (x >= goal):
                    over.append((x, n))
            over.sort(reverse=True)
            verdict = NA if have == 0 else ("met on every sample" if not over else
                                            f"not met on {len(over)} of {have} samples (worst {over[0][1]}: {over[0][0]:.2f}x)")
            if short_web:
                verdict += f"; {short_web} sample(s) left out: web-ifc took under {int(WEB_RESOLUTION_S * 1000)} ms, below its script's rounding"
            goals.append([f"`quantities` {word} web-ifc open + geometry at {t} thread{'s' if t > 1 else ''}, every sample ({how})", verdict])
    for n in large[:1]:
        pw, q = web_total(web.get(n)), quantities.get(n)
        cells = []
        for t in (1, 2):
            whole = q[t][0] if q and q[t][2] == 0 else None
            inproc = total((g1 if t == 1 else g2).get(n, {}))
            cells.append(f"{t} t: {ratio(whole, pw)}x whole command, {ratio(inproc, pw)}x in process")
        goals.append([f"`quantities` against web-ifc open + geometry on {n} (goal: 1.2x at 1 thread, under 1x at 2)", "; ".join(cells)])
    for n in large[:1]:
        r = renders.get(n, ({}, None))[0]
        goals.append([f"moving median under 100 ms at 1280x720 on {n}", short(get(r, "moving", "median_ms"), 100, "ms", below=True)])
        goals.append([f"first frame while streaming within 3 s on {n}", short(r.get("streamed_first_frame_s"), 3.0, "s", below=True)
                      .replace("under", "within")])
    coarse = [(r.get("coarse_diff_percent"), n) for n, (r, _) in renders.items() if r.get("coarse_diff_percent") is not None]
    if coarse:
        worst = max(coarse)
        goals.append(["coarse first view differs from full detail by under 1 % of pixels, every model rendered",
                      ("met" if worst[0] < 1 else "not met") + f" (largest {worst[0]:.2f} % on {worst[1]})"])
    else:
        goals.append(["coarse first view differs from full detail by under 1 % of pixels", NA])
    for p in [p for p in (read(os.path.join(raw, "files-1g.txt")) or "").splitlines() if p]:
        n = os.path.basename(p)
        steps = []
        for label, name in (("parse 1 t", "parse-1g-t1"), ("parse 2 t", "parse-1g-t2"), ("geometry 1 t", "geometry-1g-t1"),
                            ("geometry 2 t", "geometry-1g-t2")):
            wall, rss, status = time_v(raw, name)
            steps.append(f"{label}: {'exit ' + str(status) if status is not None else NA}, peak RSS {num(rss, 0)} MB")
        qi = [k for k, v in quantities.items() if k == n]
        if qi:
            for t in (1, 2):
                wall, rss, status = quantities[n][t]
                steps.append(f"quantities {t} t: {'exit ' + str(status) if status is not None else NA}, {num(wall)} s, peak RSS {num(rss, 0)} MB")
        if n in renders:
            wall, rss, status = renders[n][1]
            steps.append(f"render: {'exit ' + str(status) if status is not None else NA}, peak RSS {num(rss, 0)} MB")
        else:
            steps.append("render: not run (`--render-1g`)")
        goals.append([f"{n} opened, tessellated, taken off{' and shown' if n in renders else ''} in a 4 GB heap (`-Xmx4g`)", "; ".join(steps)])
    w(table(["goal", "this run"], goals, numbers=False))
    w("")
    print("\n".join(out))


if __name__ == "__main__":
    main()

// The JavaScript side of org.bidbench.geometry.webifc: a thin layer over web-ifc's IfcAPI that
// hands Java one element at a time, so a failing element fails alone and Java can stop between
// elements. Loaded once per runtime; expects globalThis.bidbenchWebIfcDir (absolute folder of the
// web-ifc files, with a trailing slash).
(function () {
  const dir = globalThis.bidbenchWebIfcDir;
  const WebIFC = require(dir + 'web-ifc-api-node.js');
  const fs = require('fs');
  const api = new WebIFC.IfcAPI();
  api.SetWasmPath(dir, true);

  // Model settings: keep the model's own coordinates (no recentering), so meshes are in world
  // coordinates like IfcModel.worldTransform.
  const settings = { COORDINATE_TO_ORIGIN: false };

  function describe(e) {
    if (e === undefined || e === null) {
      return 'unknown error';
    }
    if (typeof e === 'number') {
      return 'WebAssembly exception ' + e;
    }
    return (e.name ? e.name + ': ' : '') + (e.message || String(e));
  }

  globalThis.bidbenchWebIfc = {
    state: 'starting',
    hangOn: -1,
    error: null,

    init() {
      api.Init(undefined, true).then(
        () => {
          // The engine's own messages would land on the command line's stdout (and in a piped
          // --json); element failures already come back through our results with their GlobalId.
          api.SetLogLevel(6 /* LOG_LEVEL_OFF */);
          this.state = 'ready';
        },
        (e) => { this.state = 'failed'; this.error = describe(e); });
    },

    openFile(path) {
      // Read in pieces as web-ifc asks for them: the whole file in a Node.js buffer would be a second
      // copy of it next to web-ifc's own (1 GB more at the peak for a 1 GB model).
      const fd = fs.openSync(path, 'r');
      try {
        let piece = Buffer.alloc(0);
        return api.OpenModelFromCallback((offset, size) => {
          if (piece.length < size) {
            piece = Buffer.allocUnsafe(size);
          }
          const read = fs.readSync(fd, piece, 0, size, offset);
          return piece.subarray(0, read);
        }, settings);
      } finally {
        fs.closeSync(fd);
      }
    },

    // Runs web-ifc's reader over a small made-up model, so that V8 has compiled the reader's hot
    // WebAssembly functions with its optimising tier before the first real model: the first load of
    // the 212 MB model in a fresh runtime took 3.3 s, after this 2.9 s (Node.js, same machine).
    warmReader() {
      const lines = ["ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION((''),'2;1');\n",
        "FILE_NAME('','',(''),(''),'','','');\nFILE_SCHEMA(('IFC4'));\nENDSEC;\nDATA;\n"];
      for (let i = 1; i <= 40000; i++) {
        lines.push('#' + i + '=IFCCARTESIANPOINT((1.5,' + i + '.25,-3.E-2));\n#' + (i + 100000)
          + "=IFCPROPERTYSINGLEVALUE('Name" + i + "',$,IFCLABEL('v'),$);\n");
      }
      lines.push('ENDSEC;\nEND-ISO-10303-21;\n');
      const bytes = new TextEncoder().encode(lines.join(''));
      for (let round = 0; round < 3; round++) {
        api.CloseModel(api.OpenModel(bytes, settings));
      }
    },

    openBytes(bytes) {
      return api.OpenModel(bytes, settings);
    },

    close(modelId) {
      api.CloseModel(modelId);
    },

    // One element: [error] on failure, else per placed geometry 8 values: vertex data (x y z nx ny nz
    // per vertex, local), indices (Int32Array), placement (16, column-major, Y up), r, g, b, a, item id.
    mesh(modelId, expressId) {
      const started = performance.now();
      try {
        return this.meshInside(modelId, expressId);
      } finally {
        this.millisInside += performance.now() - started;
      }
    },

    // Milliseconds spent inside mesh(): the benchmark's measure of what the bridge adds around it.
    millisInside: 0,

    meshInside(modelId, expressId) {
      if (this.hangOn === expressId) {
        // Test seam: stands in for web-ifc's minutes-long booleans, so tests can prove that a stuck
        // element is interrupted. Set only by the tests; a fresh runtime forgets it.
        for (;;) { }
      }
      // StreamMeshes with one id rather than GetFlatMesh: it hands the element over by reference and,
      // in web-ifc's source, clears the geometry cache after it. In Node.js 20 alone the 212 MB model's
      // products took 9.1-9.7 s against 10.4-11.3 s (batches of 64 ids: no better); in this runtime the
      // difference was within the noise (docs/benchmarks.md). It calls back only for an element with
      // geometry.
      const out = [];
      try {
        api.StreamMeshes(modelId, [expressId], (flat) => this.placed(modelId, flat, out));
      } catch (e) {
        return [describe(e)];
      }
      return out;
    },

    // Appends the placed geometries of one element to out as mesh() returns them.
    placed(modelId, flat, out) {
      const n = flat.geometries.size();
      for (let i = 0; i < n; i++) {
        const placed = flat.geometries.get(i);
        const geometry = api.GetGeometry(modelId, placed.geometryExpressID);
        try {
          // slice(): the views point into the WebAssembly heap, which the next call may move.
          const vertices = api.GetVertexArray(geometry.GetVertexData(), geometry.GetVertexDataSize()).slice();
          const indices = api.GetIndexArray(geometry.GetIndexData(), geometry.GetIndexDataSize()).slice();
          if (indices.length === 0) {
            continue;
          }
          const c = placed.color;
          out.push(vertices, new Int32Array(indices.buffer), Float64Array.from(placed.flatTransformation),
            c.x, c.y, c.z, c.w, placed.geometryExpressID);
        } finally {
          geometry.delete();
        }
      }
    },

    // True while the WebAssembly module still answers; an abort() inside it leaves it unusable.
    alive(modelId) {
      try {
        api.GetLineType(modelId, 1);
        return true;
      } catch (e) {
        return false;
      }
    },

    // The express ids web-ifc itself streams with at least one triangle for the whole model, for
    // the id agreement check.
    streamedIds(modelId) {
      const ids = [];
      api.StreamAllMeshes(modelId, (m) => {
        let triangles = 0;
        for (let i = 0; i < m.geometries.size(); i++) {
          const g = api.GetGeometry(modelId, m.geometries.get(i).geometryExpressID);
          triangles += g.GetIndexDataSize();
          g.delete();
        }
        if (triangles > 0) {
          ids.push(m.expressID);
        }
      });
      return Int32Array.from(ids);
    },

    globalId(modelId, expressId) {
      const line = api.GetLine(modelId, expressId);
      return line && line.GlobalId ? line.GlobalId.value : null;
    },

    version() {
      return require(dir + 'package.json').version;
    }
  };
})();

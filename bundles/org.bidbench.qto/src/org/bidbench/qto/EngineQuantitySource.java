package org.bidbench.qto;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bidbench.geometry.GeometryException;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.MeshQuantities;
import org.bidbench.geometry.ProductGeometry;

/**
 * Computed quantities from an {@code org.bidbench.geometry} engine session: tessellates every
 * product once, on the first question, keeps only the quantities (not the meshes), and answers
 * every later take-off of the same model from that cache.
 */
public final class EngineQuantitySource implements ComputedQuantitySource {

    private final GeometrySession session;
    private final String engineName;
    private final GeometryMonitor monitor;
    private volatile Map<String, ComputedQuantities> byGlobalId;
    private volatile int failed;
    private volatile int tessellations;

    /**
     * @param session    an open session of the model the take-off runs on; the caller closes it
     * @param engineName the engine's name for provenance, e.g. {@link org.bidbench.geometry.GeometryEngine#name()}
     * @param monitor    progress and cancellation of the one tessellation
     */
    public EngineQuantitySource(GeometrySession session, String engineName, GeometryMonitor monitor) {
        this.session = session;
        this.engineName = engineName;
        this.monitor = monitor == null ? GeometryMonitor.NONE : monitor;
    }

    @Override
    public String engineName() {
        return engineName;
    }

    @Override
    public ComputedQuantities quantities(String globalId) {
        return all().get(globalId);
    }

    /** Number of products the engine failed on (they have no computed quantities). */
    public int failedCount() {
        all();
        return failed;
    }

    /** How often the model was tessellated: 1 after any number of take-offs, unless it failed. */
    public int tessellationCount() {
        return tessellations;
    }

    /** Tessellates now (it otherwise happens on the first question), e.g. to time it apart. */
    public int prepare() {
        return all().size();
    }

    private Map<String, ComputedQuantities> all() {
        Map<String, ComputedQuantities> map = byGlobalId;
        if (map == null) {
            synchronized (this) {
                map = byGlobalId;
                if (map == null) {
                    map = tessellate();
                    byGlobalId = map;
                }
            }
        }
        return map;
    }

    private Map<String, ComputedQuantities> tessellate() {
        Map<String, ComputedQuantities> map = new ConcurrentHashMap<>();
        int[] failures = new int[1];
        tessellations++;
        try {
            session.streamAll(p -> {
                if (p.status() == ProductGeometry.Status.FAILED) {
                    failures[0]++;
                }
                if (!p.isMeshed() || p.globalId() == null) {
                    return;
                }
                MeshQuantities q = p.quantities();
                boolean closed = q.closure().enclosesVolume();
                map.put(p.globalId(), new ComputedQuantities(p.netVolume(q).orElse(Double.NaN),
                        p.grossVolume(q).orElse(Double.NaN), q.area(), q.footprintArea(), q.length().orElse(Double.NaN),
                        closed));
            }, monitor);
        } catch (GeometryException e) {
            throw new IllegalStateException("The geometry engine " + engineName + " failed on "
                    + session.model().fileName() + ": " + e.getMessage(), e);
        }
        failed = failures[0];
        return map;
    }
}

package org.bidbench.geometry.webifc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bidbench.geometry.GeometryEngines;
import org.bidbench.geometry.GeometryMonitor;
import org.bidbench.geometry.GeometrySession;
import org.bidbench.geometry.MeshQuantities;
import org.bidbench.geometry.ProductGeometry;
import org.bidbench.ifc.IfcModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IFC4's tessellated shapes, which the IFC4 Reference View exports use for everything: a
 * triangulated face set and a polygonal face set of known solids, placed away from the origin. None of
 * the shared samples has them, so this file is written here; the expected figures are the solids'.
 */
class TessellatedShapesTest {

	/** A 2 x 3 x 0.5 m slab as 12 triangles, placed at x = 10, and a 1 m cube as 6 quads at the origin. */
	static final String FACE_SETS = """
			ISO-10303-21;
			HEADER;
			FILE_DESCRIPTION(('ViewDefinition [ReferenceView_V1.2]'),'2;1');
			FILE_NAME('face-sets.ifc','2026-11-27T00:00:00',(''),(''),'BidBench test','BidBench','');
			FILE_SCHEMA(('IFC4'));
			ENDSEC;
			DATA;
			#1=IFCPROJECT('0YvctVUKr0kugbFTf53O9L',$,'Face sets',$,$,$,$,(#11),#7);
			#2=IFCSIUNIT(*,.LENGTHUNIT.,$,.METRE.);
			#3=IFCSIUNIT(*,.AREAUNIT.,$,.SQUARE_METRE.);
			#4=IFCSIUNIT(*,.VOLUMEUNIT.,$,.CUBIC_METRE.);
			#7=IFCUNITASSIGNMENT((#2,#3,#4));
			#8=IFCCARTESIANPOINT((0.,0.,0.));
			#9=IFCAXIS2PLACEMENT3D(#8,$,$);
			#11=IFCGEOMETRICREPRESENTATIONCONTEXT($,'Model',3,1.E-05,#9,$);
			#12=IFCGEOMETRICREPRESENTATIONSUBCONTEXT('Body','Model',*,*,*,*,#11,$,.MODEL_VIEW.,$);
			#20=IFCSITE('1Ps8ZAf0X9PhfnLyTgvbMX',$,'Site',$,$,#21,$,$,.ELEMENT.,$,$,$,$,$);
			#21=IFCLOCALPLACEMENT($,#9);
			#22=IFCRELAGGREGATES('2nJrDa$hP1OQm$iDvjuz4P',$,$,$,#1,(#20));
			#30=IFCCARTESIANPOINTLIST3D(((0.,0.,0.),(2.,0.,0.),(2.,3.,0.),(0.,3.,0.),(0.,0.,0.5),(2.,0.,0.5),(2.,3.,0.5),(0.,3.,0.5)),$);
			#31=IFCTRIANGULATEDFACESET(#30,$,.T.,((1,3,2),(1,4,3),(5,6,7),(5,7,8),(1,2,6),(1,6,5),(2,3,7),(2,7,6),(3,4,8),(3,8,7),(4,1,5),(4,5,8)),$);
			#32=IFCSHAPEREPRESENTATION(#12,'Body','Tessellation',(#31));
			#33=IFCPRODUCTDEFINITIONSHAPE($,$,(#32));
			#34=IFCLOCALPLACEMENT(#21,#35);
			#35=IFCAXIS2PLACEMENT3D(#36,$,$);
			#36=IFCCARTESIANPOINT((10.,0.,0.));
			#37=IFCBUILDINGELEMENTPROXY('3MdrFFQxv2fBOc5JzzmpSo',$,'Triangulated slab',$,$,#34,#33,$,$);
			#38=IFCRELCONTAINEDINSPATIALSTRUCTURE('0Gn4AJjYT4rgTx7FsE0PJU',$,$,$,(#37,#47),#20);
			#40=IFCCARTESIANPOINTLIST3D(((0.,0.,0.),(1.,0.,0.),(1.,1.,0.),(0.,1.,0.),(0.,0.,1.),(1.,0.,1.),(1.,1.,1.),(0.,1.,1.)),$);
			#41=IFCINDEXEDPOLYGONALFACE((1,4,3,2));
			#42=IFCINDEXEDPOLYGONALFACE((5,6,7,8));
			#43=IFCINDEXEDPOLYGONALFACE((1,2,6,5));
			#44=IFCINDEXEDPOLYGONALFACE((2,3,7,6));
			#45=IFCINDEXEDPOLYGONALFACE((3,4,8,7));
			#46=IFCINDEXEDPOLYGONALFACE((4,1,5,8));
			#47=IFCBUILDINGELEMENTPROXY('1kTvXnbbzCWw8lcMd1dR4o',$,'Polygonal cube',$,$,#51,#50,$,$);
			#48=IFCPOLYGONALFACESET(#40,.T.,(#41,#42,#43,#44,#45,#46),$);
			#49=IFCSHAPEREPRESENTATION(#12,'Body','Tessellation',(#48));
			#50=IFCPRODUCTDEFINITIONSHAPE($,$,(#49));
			#51=IFCLOCALPLACEMENT(#21,#9);
			ENDSEC;
			END-ISO-10303-21;
			""";

	@Test
	void faceSetsAreClosedSolidsOfTheirTrueSizeWhereTheyArePlaced(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("face-sets.ifc");
		Files.writeString(file, FACE_SETS, StandardCharsets.US_ASCII);
		IfcModel model = IfcModel.open(file);
		assertTrue(model.problems().isEmpty(), "the fixture reads cleanly: " + model.problems());
		List<ProductGeometry> results = new ArrayList<>();
		try (GeometrySession session = GeometryEngines.getDefault().open(model)) {
			session.streamAll(results::add, GeometryMonitor.NONE);
		}
		ProductGeometry slab = byGlobalId(results, "3MdrFFQxv2fBOc5JzzmpSo");
		ProductGeometry cube = byGlobalId(results, "1kTvXnbbzCWw8lcMd1dR4o");

		MeshQuantities s = slab.quantities();
		assertEquals(MeshQuantities.Closure.CLOSED, s.closure(), s.toString());
		assertEquals(12, s.triangleCount());
		assertEquals(3.0, s.volume().orElseThrow(), 1e-6, "2 x 3 x 0.5 m");
		assertEquals(17.0, s.area(), 1e-6, "2 (6 + 1 + 1.5) m2");
		assertEquals(6.0, s.footprintArea(), 1e-6);
		assertEquals(10.0, s.bounds().minX(), 1e-6, "the placement moves it 10 m along x");
		assertEquals(12.0, s.bounds().maxX(), 1e-6);

		MeshQuantities c = cube.quantities();
		assertEquals(MeshQuantities.Closure.CLOSED, c.closure(), "six quads make a closed cube: " + c);
		assertEquals(12, c.triangleCount(), "each quad in two triangles");
		assertEquals(1.0, c.volume().orElseThrow(), 1e-6);
		assertEquals(6.0, c.area(), 1e-6);
		assertEquals(0.0, c.bounds().minX(), 1e-6);
	}

	private static ProductGeometry byGlobalId(List<ProductGeometry> results, String globalId) {
		ProductGeometry p = results.stream().filter(r -> globalId.equals(r.globalId())).findFirst()
				.orElseThrow(() -> new AssertionError(globalId + " not among " + results));
		assertTrue(p.isMeshed(), globalId + ": " + p.status() + " " + p.failureReason());
		return p;
	}
}

package org.bidbench.releng.emfcodegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * Regenerates the model and edit code of the sales domain from
 * {@code bundles/org.bidbench.sales.model/model/sales.genmodel}, outside Eclipse.
 *
 * <p>Before generating it "reloads" the genmodel from {@code sales.ecore} (as the GenModel
 * editor does), so that classes and features added to the Ecore model are picked up while the
 * genmodel settings are kept; the reloaded genmodel is written back.
 *
 * <p>Usage: {@code SalesCodeGeneration <repository root>}. With the system property
 * {@code bidbench.genmodel} set to a genmodel path below the root, that model's code is
 * generated instead (see {@link ModelCodeGeneration}).
 */
public final class SalesCodeGeneration {

    private static final String MODEL_PROJECT = "org.bidbench.sales.model";
    private static final String EDIT_PROJECT = "org.bidbench.sales.edit";

    private SalesCodeGeneration() {
    }

    public static void main(String[] args) throws IOException {
        Path repository = Path.of(args.length > 0 ? args[0] : ".").toRealPath();
        String otherGenModel = System.getProperty("bidbench.genmodel", "");
        if (!otherGenModel.isBlank()) {
            ModelCodeGeneration.generate(repository, otherGenModel);
            return;
        }
        Path bundles = repository.resolve("bundles");
        if (!Files.isRegularFile(bundles.resolve(MODEL_PROJECT).resolve("model/sales.genmodel"))) {
            System.err.println("No " + MODEL_PROJECT + "/model/sales.genmodel under " + bundles
                    + ": pass the repository root as the first argument.");
            System.exit(2);
        }
        // The genmodel names its output folders by platform:/resource URIs, as in an Eclipse
        // workspace; map those projects onto the bundle folders of the repository.
        for (String project : List.of(MODEL_PROJECT, EDIT_PROJECT)) {
            EcorePlugin.getPlatformResourceMap().put(project,
                    URI.createFileURI(bundles.resolve(project).toString() + "/"));
        }
        ModelCodeGeneration.registerGenModelSupport();

        ResourceSet resourceSet = new ResourceSetImpl();
        URI genModelUri = URI.createPlatformResourceURI("/" + MODEL_PROJECT + "/model/sales.genmodel", true);
        Resource genModelResource = resourceSet.getResource(genModelUri, true);
        GenModel settings = (GenModel) genModelResource.getContents().get(0);
        Resource ecoreResource = resourceSet.getResource(genModelUri.trimSegments(1).appendSegment("sales.ecore"), true);
        EPackage salesPackage = (EPackage) ecoreResource.getContents().get(0);

        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(salesPackage));
        // Reconcile while the old genmodel is still in its resource: its references into
        // sales.ecore are resolved relative to that resource.
        genModel.reconcile(settings);
        genModelResource.getContents().set(0, genModel);
        genModel.getForeignModel().clear();
        genModel.getForeignModel().add("sales.ecore");
        genModelResource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));

        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            System.err.println(valid);
            System.exit(1);
        }
        // Start from empty src-gen folders so that code of removed classes does not linger; no
        // generated file is hand-edited (behaviour lives in src/), so nothing needs merging.
        for (String project : List.of(MODEL_PROJECT, EDIT_PROJECT)) {
            deleteTree(bundles.resolve(project).resolve("src-gen"));
        }
        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor());
            if (result.getSeverity() == Diagnostic.ERROR) {
                System.err.println("Generation of " + projectType + " failed: " + result);
                System.exit(1);
            }
        }
        System.out.println("Generated model and edit code for " + salesPackage.getNsURI());
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

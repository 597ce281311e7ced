package org.bidbench.releng.emfcodegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the model code (no edit code) of any bundle's genmodel, for models other than
 * the sales model; selected with {@code -Dbidbench.genmodel=bundles/<bundle>/model/<name>.genmodel}.
 *
 * <p>The genmodel must name its output as {@code /<bundle>/src-gen} and should leave
 * {@code modelPluginID} unset: then the generator writes only Java code and never touches the
 * bundle's hand-written {@code plugin.xml}, manifest or build.properties.
 */
final class ModelCodeGeneration {

    private ModelCodeGeneration() {
    }

    /** Registers Ecore, GenModel and the code generator adapters, as a workbench's plug-ins would. */
    static void registerGenModelSupport() {
        EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new EcoreResourceFactoryImpl());
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
    }

    static void generate(Path repository, String genModelPath) throws IOException {
        Path genModelFile = repository.resolve(genModelPath).normalize();
        if (!Files.isRegularFile(genModelFile)) {
            System.err.println("No genmodel at " + genModelFile + ": pass -Dbidbench.genmodel=bundles/<bundle>/model/<name>.genmodel");
            System.exit(2);
        }
        Path bundle = genModelFile.getParent().getParent();
        String project = bundle.getFileName().toString();
        EcorePlugin.getPlatformResourceMap().put(project, URI.createFileURI(bundle.toString() + "/"));
        registerGenModelSupport();

        ResourceSet resourceSet = new ResourceSetImpl();
        URI genModelUri = URI.createPlatformResourceURI("/" + project + "/"
                + bundle.relativize(genModelFile).toString().replace('\\', '/'), true);
        Resource genModelResource = resourceSet.getResource(genModelUri, true);
        GenModel settings = (GenModel) genModelResource.getContents().get(0);
        String ecoreName = settings.getForeignModel().get(0);
        EPackage ePackage = (EPackage) resourceSet
                .getResource(genModelUri.trimSegments(1).appendSegment(ecoreName), true).getContents().get(0);

        // The same "reload" as for the sales model: new classifiers are picked up, settings kept.
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(List.of(ePackage));
        genModel.reconcile(settings);
        genModelResource.getContents().set(0, genModel);
        genModel.getForeignModel().clear();
        genModel.getForeignModel().add(ecoreName);
        genModelResource.save(Map.of(XMLResource.OPTION_ENCODING, "UTF-8", XMLResource.OPTION_LINE_WIDTH, 100));

        Diagnostic valid = genModel.diagnose();
        if (valid.getSeverity() == Diagnostic.ERROR) {
            System.err.println(valid);
            System.exit(1);
        }
        SalesCodeGeneration.deleteTree(bundle.resolve("src-gen"));
        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
        if (result.getSeverity() == Diagnostic.ERROR) {
            System.err.println("Generation failed: " + result);
            System.exit(1);
        }
        System.out.println("Generated model code for " + ePackage.getNsURI() + " into " + bundle.resolve("src-gen"));
    }
}

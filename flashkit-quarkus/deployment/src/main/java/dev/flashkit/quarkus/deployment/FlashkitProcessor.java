package dev.flashkit.quarkus.deployment;

import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.bootstrap.classloading.QuarkusClassLoader;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.AdditionalIndexedClassesBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;

/**
 * The build steps of the Flashkit extension: its CDI beans (the {@code Flashkit}, request-scoped {@code Session} and
 * {@code Messages}, the route filter's installer), and — only when the application has them — the Quarkus REST
 * commit filter and the Qute {@code {flashkit:messages}} extension. Nothing is registered for reflection: Flashkit
 * reads and writes its JSON with jackson-core's streaming API, so a native image needs no reflection configuration.
 */
class FlashkitProcessor {
    private static final String FEATURE = "flashkit";
    private static final String PACKAGE = "dev.flashkit.quarkus.";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    @BuildStep
    void beans(
            Capabilities capabilities,
            BuildProducer<AdditionalBeanBuildItem> beans,
            BuildProducer<AdditionalIndexedClassesBuildItem> indexed) {
        beans.produce(AdditionalBeanBuildItem.builder()
                .addBeanClasses(PACKAGE + "FlashkitProducers", PACKAGE + "FlashkitRoutes")
                .setUnremovable()
                .build());
        if (capabilities.isPresent(Capability.REST)) {
            // in the index, where Quarkus REST finds @ServerResponseFilter methods
            indexed.produce(new AdditionalIndexedClassesBuildItem(PACKAGE + "RestCommitFilter"));
        }
        if (QuarkusClassLoader.isClassPresentAtRuntime("io.quarkus.qute.TemplateExtension")) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(PACKAGE + "FlashkitTemplateExtensions"));
        }
    }
}

package io.github.microsite.compose;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * JBake's Freemarker engine loads templates from one folder only; this one looks in the project's theme folder first,
 * then in the theme packaged in the plugin. It needs no content store: the templates get everything in their model.
 */
final class ThemeTemplateEngine extends AbstractTemplateEngine {

    private final Configuration freemarker;

    ThemeTemplateEngine(JBakeConfiguration config, Optional<Path> templateOverrides) {
        super(config, null);
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setTemplateLoader(loader(templateOverrides));
        freemarker.setDefaultEncoding(config.getTemplateEncoding());
        freemarker.setOutputEncoding(config.getRenderEncoding());
        // Every template escapes what it prints, also an override that forgets <#ftl output_format="HTML">;
        // markup only ever enters through ?no_esc (the converted body).
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        // Output must not depend on the machine that builds it.
        freemarker.setLocale(Locale.ROOT);
        freemarker.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        freemarker.setNumberFormat("computer");
        // Errors are reported once, by the pipeline, with the template name and line; not logged here as well.
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(model, writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }

    /** Renders a template given as text, which may import the theme's templates (the label bundle). */
    String renderSource(String name, String source, Object model) {
        try {
            StringWriter out = new StringWriter();
            new Template(name, new StringReader(source), freemarker).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("the theme's label bundle cannot be read: " + e.getMessage(), e);
        }
    }

    private static TemplateLoader loader(Optional<Path> overrides) {
        List<TemplateLoader> loaders = new ArrayList<>();
        overrides.ifPresent(folder -> {
            try {
                loaders.add(new FileTemplateLoader(folder.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read theme templates in " + folder, e);
            }
        });
        loaders.add(new ClassTemplateLoader(ThemeTemplateEngine.class, Theme.PACKAGED_TEMPLATES));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }
}

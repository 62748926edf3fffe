package org.interdict.infrastructure.tika;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.interdict.application.evidence.TextExtraction;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;

/**
 * Text from evidence files with Apache Tika's parsers (PDF, Word, Excel, PowerPoint, OpenDocument, RTF,
 * e-mail, HTML, plain text and CSV), and from images, and PDF pages without a text layer, by optical
 * character recognition through the {@code tesseract} program with the English, Russian and Chinese
 * models ({@code interdict.ocr.languages}). The language of the text comes from OpenNLP's detector.
 *
 * <p>Parsers are found in this deployment's own class loader, never the thread's, so that the EAR's
 * parser modules are the ones used whatever thread runs the extraction.
 */
@ApplicationScoped
public class TikaTextExtraction implements TextExtraction {

    /** Below this many letters a language guess is noise. */
    static final int LANGUAGE_MINIMUM = 20;
    /**
     * The languages evidence of this domain is mostly written in (customs records, corporate registries and
     * media of the states that trade with sanctioned armed forces, and the authorities' own), made likelier
     * than the hundred others the detector knows, which one sentence otherwise leaves nearly tied (Russian and
     * Macedonian, English and Afrikaans): the detector's scores are weighted by these before the likeliest is taken.
     */
    static final java.util.Map<String, Float> PRIORS = java.util.Map.ofEntries(
            java.util.Map.entry("eng", 0.3f), java.util.Map.entry("rus", 0.25f), java.util.Map.entry("zho-simp", 0.08f),
            java.util.Map.entry("ukr", 0.05f), java.util.Map.entry("bel", 0.02f), java.util.Map.entry("kaz", 0.02f),
            java.util.Map.entry("uzb", 0.02f), java.util.Map.entry("kir", 0.02f), java.util.Map.entry("hye", 0.02f),
            java.util.Map.entry("kat", 0.02f), java.util.Map.entry("tur", 0.03f), java.util.Map.entry("fas", 0.02f),
            java.util.Map.entry("ara", 0.02f), java.util.Map.entry("deu", 0.03f), java.util.Map.entry("fra", 0.03f),
            java.util.Map.entry("zho-trad", 0.02f), java.util.Map.entry("jpn", 0.01f), java.util.Map.entry("kor", 0.01f),
            java.util.Map.entry("heb", 0.01f), java.util.Map.entry("hin", 0.01f), java.util.Map.entry("spa", 0.01f));
    /** The weight of every other language the detector knows. */
    static final float OTHER_PRIOR = 0.002f;

    private Parser parser;
    /** Images go to OCR straight away: Tika's OCR parser takes only the image types its image parsers hand on. */
    private TesseractOCRParser images;
    private String ocrLanguages;
    private int ocrTimeoutSeconds;
    private volatile Boolean tesseract;
    private volatile LanguageDetector languages;

    /** For the CDI container's client proxy. */
    protected TikaTextExtraction() {
    }

    @Inject
    public TikaTextExtraction(@ConfigProperty(name = "interdict.ocr.languages", defaultValue = "eng+rus+chi_sim") String ocrLanguages,
            @ConfigProperty(name = "interdict.ocr.timeout-seconds", defaultValue = "300") int ocrTimeoutSeconds) {
        this.ocrLanguages = ocrLanguages;
        this.ocrTimeoutSeconds = ocrTimeoutSeconds;
        try {
            this.parser = new AutoDetectParser(new TikaConfig(TikaTextExtraction.class.getClassLoader()));
            this.images = new TesseractOCRParser();
            this.images.initialize(java.util.Map.of());
        } catch (TikaException | IOException e) {
            throw new IllegalStateException("Tika's parsers could not be loaded: " + e.getMessage(), e);
        }
    }

    @Override
    public Extracted extract(InputStream content, String mediaType, int maxCharacters) throws ExtractionFailedException {
        boolean image = mediaType.startsWith("image/");
        if (image && !hasTesseract()) {
            throw new ExtractionFailedException("Text in images is read by optical character recognition, and this server has "
                    + "no tesseract program; an administrator installs it (./interdict start does), then the item is read again.");
        }
        BodyContentHandler handler = new BodyContentHandler(maxCharacters);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setLanguage(ocrLanguages);
        ocr.setTimeoutSeconds(ocrTimeoutSeconds);
        ocr.setSkipOcr(!hasTesseract());
        context.set(TesseractOCRConfig.class, ocr);
        PDFParserConfig pdf = new PDFParserConfig();
        // Pages that carry (almost) no text layer are scans: read them by OCR; the others as written.
        pdf.setOcrStrategy(hasTesseract() ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        context.set(Parser.class, parser);
        boolean truncated = false;
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            (image ? images : parser).parse(stream, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ExtractionFailedException("The file is encrypted or protected by a password: its text cannot be read.", e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ExtractionFailedException("The file could not be read as " + mediaType + ": " + reason(e), e);
            }
            truncated = true;
        } catch (TikaException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                throw new ExtractionFailedException("The file could not be read as " + mediaType + ": " + reason(e), e);
            }
        } catch (IOException e) {
            throw new ExtractionFailedException("The file could not be read: " + reason(e), e);
        } catch (RuntimeException e) {
            // A parser's own defect on a malformed file: the item fails with it, the worker goes on.
            throw new ExtractionFailedException("The file could not be read as " + mediaType + " (" + e.getClass().getSimpleName() + ")", e);
        }
        String text = tidy(handler.toString());
        boolean ocrUsed = image || java.util.stream.Stream.of("X-TIKA:Parsed-By", "X-TIKA:Parsed-By-Full-Set")
                .flatMap(key -> java.util.Arrays.stream(metadata.getValues(key))).anyMatch(p -> p.contains("TesseractOCR"));
        return new Extracted(text, language(text), ocrUsed, truncated);
    }

    /** The language of the text, ISO 639-3, when there is enough of it to tell. */
    private String language(String text) {
        if (text.codePoints().filter(Character::isLetter).count() < LANGUAGE_MINIMUM) {
            return null;
        }
        String byScript = byScript(text);
        if (byScript != null) {
            return byScript;
        }
        LanguageDetector detector = detector();
        synchronized (detector) {
            detector.reset();
            detector.addText(text.length() > 20_000 ? text.substring(0, 20_000) : text);
            LanguageResult best = null;
            float bestScore = 0;
            for (LanguageResult result : detector.detectAll()) {
                float score = result.getRawScore() * PRIORS.getOrDefault(result.getLanguage(), OTHER_PRIOR);
                if (score > bestScore) {
                    best = result;
                    bestScore = score;
                }
            }
            if (best == null || best.getLanguage().isEmpty()) {
                return null;
            }
            String language = best.getLanguage();
            return language.startsWith("zho") || language.equals("cmn") ? "zho" : language;
        }
    }

    /**
     * Chinese, Japanese and Korean told by their scripts, which the n-gram detector weighs poorly in short
     * texts: mostly Han without kana is Chinese, kana makes it Japanese, mostly Hangul Korean; null otherwise.
     */
    static String byScript(String text) {
        long letters = 0;
        long han = 0;
        long kana = 0;
        long hangul = 0;
        for (int i = 0; i < text.length() && letters < 20_000; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            switch (Character.UnicodeScript.of(c)) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> { }
            }
        }
        if (hangul * 2 > letters) {
            return "kor";
        }
        if ((han + kana) * 2 > letters) {
            return kana * 10 > han + kana ? "jpn" : "zho";
        }
        return null;
    }

    private LanguageDetector detector() {
        if (languages == null) {
            synchronized (this) {
                if (languages == null) {
                    try {
                        languages = new OpenNLPDetector().loadModels();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException("OpenNLP's language models could not be loaded", e);
                    }
                }
            }
        }
        return languages;
    }

    /** Whether the tesseract program answers here (asked once). */
    boolean hasTesseract() {
        if (tesseract == null) {
            try {
                Process process = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                boolean ended = process.waitFor(30, TimeUnit.SECONDS);
                if (!ended) {
                    process.destroyForcibly();
                }
                tesseract = ended && process.exitValue() == 0;
            } catch (IOException e) {
                tesseract = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return tesseract;
    }

    /** Blank lines and runs of spaces as a reader expects them: at most one empty line, no trailing spaces. */
    static String tidy(String text) {
        // One pass, line by line: patterns over the whole text backtrack on long runs of spaces.
        StringBuilder out = new StringBuilder(text.length());
        int blankLines = 0;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            StringBuilder tidied = new StringBuilder(line.length());
            boolean space = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == ' ' || c == '\t' || c == '\u00A0') {
                    space = true;
                } else if (c != '\u0000') {
                    if (space && tidied.length() > 0) {
                        tidied.append(' ');
                    }
                    space = false;
                    tidied.append(c);
                }
            }
            if (tidied.length() == 0) {
                blankLines++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blankLines > 0 ? "\n\n" : "\n");
            }
            out.append(tidied);
            blankLines = 0;
        }
        return out.toString();
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName()
                : message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}

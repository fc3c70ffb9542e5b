package fr.caprse.application.form;

import fr.caprse.application.BadInputException;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.platform.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A campaign: one form per organisation of a list, profile filled in, each with its return code
 * ({@link ReturnCodes}), and {@code campaign.csv} listing them again with their code and file, for
 * {@code aggregate --campaign} to tell who has answered. The forms are written into a hidden folder
 * first and moved into place only when all are written: a failure leaves the folder as it was.
 */
public final class Campaign {

    /** The list written beside the forms. */
    public static final String LIST_FILE = "campaign.csv";

    /** One organisation of the list; {@code returnCode} and {@code email} may be null. */
    public record Member(int line, Organisation organisation, String returnCode, String email) {
    }

    /** A form written: for whom, with which code, where. */
    public record Written(Member member, String returnCode, Path file) {
    }

    private Campaign() {
    }

    /**
     * Writes the forms of {@code members} into {@code folder} (created if its parent exists), then the
     * campaign list. Two organisations with the same code, or forms that would overwrite each other, are
     * refused before anything is written.
     */
    public static List<Written> write(FormFiles files, Questionnaire questionnaire, List<Member> members, String period,
                                      Locale locale, Path folder) {
        if (members.isEmpty()) {
            throw new BadInputException("the list of organisations is empty: nothing to write");
        }
        Map<String, Member> byCode = new HashMap<>();
        Map<String, Member> byFile = new HashMap<>();
        List<Written> planned = new ArrayList<>();
        for (Member member : members) {
            String code = member.returnCode() != null ? member.returnCode() : ReturnCodes.of(questionnaire.id(), member.organisation());
            Member same = byCode.putIfAbsent(code, member);
            if (same != null) {
                throw new BadInputException("line " + member.line() + ": " + member.organisation().name()
                        + " would get the return code " + code + " of line " + same.line() + " (" + same.organisation().name()
                        + "): is it the same organisation twice? Give each a different id or return_code");
            }
            String fileName = slug(member.organisation().name()) + "-" + code + ".xlsx";
            Member clash = byFile.putIfAbsent(fileName.toLowerCase(Locale.ROOT), member);
            if (clash != null) {
                throw new BadInputException("line " + member.line() + ": the form of " + member.organisation().name()
                        + " would overwrite the one of line " + clash.line());
            }
            planned.add(new Written(member, code, folder.resolve(fileName)));
        }
        Path staging = staging(folder);
        try {
            for (Written form : planned) {
                files.writeForOrganisation(questionnaire, form.member().organisation(), period, form.returnCode(), locale,
                        staging.resolve(form.file().getFileName()));
            }
            for (Written form : planned) {
                Files.move(staging.resolve(form.file().getFileName()), form.file(), StandardCopyOption.REPLACE_EXISTING);
            }
            AtomicFiles.write(folder.resolve(LIST_FILE), list(planned));
        } catch (IOException e) {
            throw new BadInputException(folder + ": the forms cannot be written: " + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
        }
        return planned;
    }

    private static Path staging(Path folder) {
        try {
            Path parent = folder.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                if (parent == null || !Files.isDirectory(parent)) {
                    throw new BadInputException(folder + ": neither this folder nor its parent exists");
                }
                Files.createDirectory(folder);
            }
            return Files.createTempDirectory(folder, ".cap-rse-campaign-");
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException(folder + ": this is a file, not a folder", e);
        } catch (IOException e) {
            throw new BadInputException(folder + ": cannot be written: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless; it starts with a dot
        }
    }

    /** The campaign list: the organisations again with their code and form, UTF-8 with a BOM for Excel. */
    private static byte[] list(List<Written> forms) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("name,id,sector,size,employees,legal_form,territory,ess,email,return_code,file\r\n");
        for (Written form : forms) {
            Organisation o = form.member().organisation();
            List<String> cells = List.of(o.name(), nullToEmpty(o.registryId()), nullToEmpty(o.sector()),
                    o.size() == null ? "" : o.size().code(), o.employees() == null ? "" : o.employees().toString(),
                    nullToEmpty(o.legalForm()), nullToEmpty(o.territory()), o.ess() == null ? "" : o.ess().toString(),
                    nullToEmpty(form.member().email()), form.returnCode(), form.file().getFileName().toString());
            for (int i = 0; i < cells.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(quoted(cells.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String cell) {
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
                || cell.indexOf(';') >= 0;
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A file name from an organisation's name: letters and digits, accents dropped, dashes between words. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (plain.length() > 40) {
            plain = plain.substring(0, 40).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "organisation" : plain;
    }
}

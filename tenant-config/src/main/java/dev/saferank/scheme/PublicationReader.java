package dev.saferank.scheme;

import java.util.Optional;

/** Reads the {@code publication} section; unknown names go to the tree's problem list. */
final class PublicationReader {
    private PublicationReader() {}

    static Publication read(Obj o) {
        Publication.Entries entries = o.text("entries")
                .map(e -> switch (e) {
                    case "all" -> Publication.Entries.ALL;
                    case "listed" -> Publication.Entries.LISTED;
                    default -> {
                        o.problems().add(o.at("entries"), "must be all or listed");
                        yield Publication.Entries.ALL;
                    }
                })
                .orElse(Publication.Entries.ALL);
        Publication read = new Publication(
                o.reqText("source"),
                o.reqText("wording"),
                entries,
                o.list("lists", PublicationReader::list),
                o.obj("downgrade").map(PublicationReader::downgrade),
                o.obj("bar").map(PublicationReader::bar));
        o.finish();
        return read;
    }

    private static PublicationList list(Obj o) {
        String kind = o.reqText("kind");
        PublicationList.Kind parsed =
                switch (kind) {
                    case "groupTop" -> PublicationList.Kind.GROUP_TOP;
                    case "best" -> PublicationList.Kind.BEST;
                    case "worst" -> PublicationList.Kind.WORST;
                    case "grades" -> PublicationList.Kind.GRADES;
                    case "below" -> PublicationList.Kind.BELOW;
                    default -> {
                        if (!kind.isEmpty()) {
                            o.problems().add(o.at("kind"), "must be groupTop, best, worst, grades or below");
                        }
                        yield PublicationList.Kind.GRADES;
                    }
                };
        return new PublicationList(
                o.reqText("code"),
                o.reqText("title"),
                o.reqText("wording"),
                parsed,
                o.scalars("grades", Obj.ScalarReader.TEXT),
                o.integer("min"),
                o.integer("max"),
                o.bool("public", true),
                o.integer("validMonths"),
                o.integer("under"));
    }

    private static Publication.Downgrade downgrade(Obj o) {
        String action = o.reqText("action");
        Publication.Downgrade.Action parsed =
                switch (action) {
                    case "lowerGrade" -> Publication.Downgrade.Action.LOWER_GRADE;
                    case "revoke" -> Publication.Downgrade.Action.REVOKE;
                    default -> {
                        if (!action.isEmpty()) {
                            o.problems().add(o.at("action"), "must be lowerGrade or revoke");
                        }
                        yield Publication.Downgrade.Action.LOWER_GRADE;
                    }
                };
        Optional<String> list = o.text("list");
        Publication.Downgrade read = new Publication.Downgrade(parsed, list, o.reqText("wording"));
        o.finish();
        return read;
    }

    private static Publication.Bar bar(Obj o) {
        Publication.Bar read =
                new Publication.Bar(o.reqText("exclusion"), o.integer("years").orElse(0), o.reqText("wording"));
        o.finish();
        return read;
    }
}

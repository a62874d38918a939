using System.Net;
using System.Text;

namespace XanoLink.Diff.Formatting;

/// <summary>
/// One self-contained page (inline CSS, no script, no external asset, works offline): the list of items, then each
/// item's changes and its JSON before and after side by side, changed lines highlighted.
/// </summary>
public static class HtmlDiffFormatter
{
    private const string Style = """
        :root { color-scheme: light; --del: #ffebe9; --del-strong: #ffc1bc; --add: #e6ffec; --add-strong: #abf2bc; --blank: #f6f8fa; --line: #d0d7de; --muted: #57606a; }
        * { box-sizing: border-box; }
        body { font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; padding: 24px 32px; background: #fff; }
        h1 { font-size: 22px; margin: 0 0 4px; }
        h2 { font-size: 16px; margin: 0; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
        code, .code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
        .sides, .muted { color: var(--muted); }
        .summary { margin: 8px 0 16px; }
        table.items { border-collapse: collapse; margin-bottom: 24px; min-width: 50%; }
        table.items th, table.items td { border: 1px solid var(--line); padding: 4px 10px; text-align: left; }
        table.items th { background: var(--blank); }
        a { color: #0969da; text-decoration: none; } a:hover { text-decoration: underline; }
        .badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; font-weight: 600; border: 1px solid transparent; }
        .added { background: var(--add); color: #116329; border-color: var(--add-strong); }
        .deleted { background: var(--del); color: #a40e26; border-color: var(--del-strong); }
        .modified, .edited { background: #fff8c5; color: #7d4e00; border-color: #eed888; }
        .renamed, .moved { background: #ddf4ff; color: #0550ae; border-color: #b6e3ff; }
        section.item { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 20px; overflow: hidden; }
        section.item > header { background: var(--blank); border-bottom: 1px solid var(--line); padding: 8px 12px; }
        ul.changes { margin: 8px 0; padding: 0 12px 0 32px; }
        ul.changes li { margin: 2px 0; }
        table.sbs { width: 100%; border-collapse: collapse; table-layout: fixed; border-top: 1px solid var(--line); }
        table.sbs td { vertical-align: top; padding: 0 8px; white-space: pre-wrap; word-break: break-all; }
        table.sbs td.ln { width: 44px; text-align: right; color: var(--muted); user-select: none; background: var(--blank); }
        table.sbs td.ln + td.code { border-right: 1px solid var(--line); }
        table.sbs tr.changed td.code.del { background: var(--del); }
        table.sbs tr.changed td.code.add { background: var(--add); }
        table.sbs tr.changed td.ln.del { background: var(--del-strong); }
        table.sbs tr.changed td.ln.add { background: var(--add-strong); }
        table.sbs td.blank { background: var(--blank); }
        table.sbs th { background: var(--blank); font-weight: 600; text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); }
        .collisions { border: 1px solid var(--del-strong); background: var(--del); border-radius: 6px; padding: 8px 12px; margin-bottom: 20px; }
        """;

    public static string Format(DiffReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>Workspace differences</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>Workspace differences</h1>\n");
        html.Append($"<div class=\"sides\"><code>{E(report.Left)}</code> → <code>{E(report.Right)}</code></div>\n");
        if (!report.HasDifferences)
        {
            return html.Append("<p class=\"summary\">No differences.</p>\n</body>\n</html>\n").ToString();
        }

        html.Append($"<p class=\"summary\">{E(ChangeLabels.Summary(report))}</p>\n");
        html.Append("<table class=\"items\">\n<thead><tr><th>Item</th><th>Status</th><th>Changes</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < report.Items.Count; i++)
        {
            var item = report.Items[i];
            var from = item.OldKey is null ? "" : $" <span class=\"muted\">from <code>{E(item.OldKey)}</code></span>";
            var records = item.Records is { } r ? $" <span class=\"muted\">({E(ChangeLabels.Records(r))})</span>" : "";
            html.Append($"<tr><td><a href=\"#item-{i + 1}\"><code>{E(item.Key)}</code></a>{from}</td><td>{Badge(item.Status.Word())}</td><td>{item.Changes.Count}{records}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (report.Collisions.Count > 0)
        {
            html.Append("<div class=\"collisions\"><strong>Guid collisions</strong>: same kind and name, another guid; publishing would duplicate them (see <code>xanolink adopt-guids</code>).<ul>\n");
            foreach (var c in report.Collisions)
            {
                html.Append($"<li><code>{E(c.Key)}</code>: left guid <code>{E(c.LeftGuid)}</code>, right guid <code>{E(c.RightGuid)}</code></li>\n");
            }

            html.Append("</ul></div>\n");
        }

        for (var i = 0; i < report.Items.Count; i++)
        {
            Item(html, report.Items[i], i + 1);
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void Item(StringBuilder html, ItemDiff item, int number)
    {
        html.Append($"<section class=\"item\" id=\"item-{number}\">\n<header><h2><code>{E(item.Key)}</code>{Badge(item.Status.Word())}");
        if (item.OldKey is not null)
        {
            html.Append($"<span class=\"muted\">from <code>{E(item.OldKey)}</code></span>");
        }

        html.Append($"<span class=\"muted\">{E(ChangeLabels.Count(item.Changes.Count, "change"))}</span></h2></header>\n");
        if (item.Changes.Count > 0)
        {
            html.Append("<ul class=\"changes\">\n");
            foreach (var change in item.Changes)
            {
                var edit = ChangeLabels.ShortEdit(change) is { } e ? $" <span class=\"muted\"><code>{E(e)}</code></span>" : "";
                html.Append($"<li>{Badge(change.Change.Word())} {E(ChangeLabels.Label(change))} <span class=\"muted\"><code>{E(change.Path)}</code></span>{edit}</li>\n");
            }

            html.Append("</ul>\n");
        }

        var (left, right) = ItemSides.Of(item);
        html.Append("<table class=\"sbs\">\n<colgroup><col style=\"width:44px\"><col><col style=\"width:44px\"><col></colgroup>\n");
        html.Append("<thead><tr><th colspan=\"2\">Before</th><th colspan=\"2\">After</th></tr></thead>\n<tbody>\n");
        foreach (var row in LineDiff.Rows(left, right))
        {
            html.Append(row.Changed ? "<tr class=\"changed\">" : "<tr>");
            Cell(html, row.LeftNumber, row.Left, "del");
            Cell(html, row.RightNumber, row.Right, "add");
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Cell(StringBuilder html, int? number, string? text, string side)
    {
        if (text is null)
        {
            html.Append("<td class=\"ln blank\"></td><td class=\"code blank\"></td>");
            return;
        }

        html.Append($"<td class=\"ln {side}\">{number}</td><td class=\"code {side}\">{E(text)}</td>");
    }

    private static string Badge(string word) => $"<span class=\"badge {word}\">{word}</span>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

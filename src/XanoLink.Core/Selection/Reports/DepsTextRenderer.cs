using System.Text;
using XanoLink.Model;

namespace XanoLink.Selection.Reports;

/// <summary>
/// A tree per root: below each item what it needs (or, reversed, what uses it), each line saying why and
/// where. An item is expanded once; later it shows "[see above]". Roots are not expanded below others.
/// </summary>
public static class DepsTextRenderer
{
    public static string Render(DepsView view, string heading)
    {
        var text = new StringBuilder();
        text.Append(heading).Append('\n');
        var expanded = new HashSet<ItemKey>();
        foreach (var root in view.Roots)
        {
            text.Append('\n').Append(root).Append('\n');
            expanded.Add(root);
            var children = view.Children(root).ToArray();
            if (children.Length == 0)
            {
                text.Append(view.Reverse ? "    (nothing uses it)\n" : "    (needs nothing)\n");
            }

            Children(view, root, children, "", expanded, text);
        }

        if (view.HasRecords && view.Items.Any(k => k.Kind == ItemKind.Table))
        {
            AppendRecords(view, text);
        }

        return text.ToString();
    }

    private static void Children(DepsView view, ItemKey parent, Reference[] edges, string indent, HashSet<ItemKey> expanded, StringBuilder text)
    {
        for (var i = 0; i < edges.Length; i++)
        {
            var edge = edges[i];
            var child = view.Child(edge);
            var last = i == edges.Length - 1;
            var verb = view.Reverse ? "uses" : "needed by";
            var other = view.Reverse ? parent : edge.From;
            var mark = view.IsRoot(child) ? (view.Reverse ? "given; " : "chosen; ") : "";
            var reason = $"{mark}{verb} {other}: {ReferenceText.Reason(edge)}";
            var again = view.IsRoot(child) || !expanded.Add(child);
            text.Append(indent).Append(last ? "└── " : "├── ").Append(child).Append("  (").Append(reason).Append(')');
            text.Append(again && !view.IsRoot(child) ? "  [see above]\n" : "\n");
            if (!again)
            {
                Children(view, child, view.Children(child).ToArray(), indent + (last ? "    " : "│   "), expanded, text);
            }
        }
    }

    private static void AppendRecords(DepsView view, StringBuilder text)
    {
        text.Append("\nRecords:\n");
        if (view.Records.Count == 0)
        {
            text.Append("  (none: every table publishes its schema only)\n");
        }

        foreach (var choice in view.Records.Values.OrderBy(c => c.Table, StringComparer.Ordinal))
        {
            text.Append("  table:").Append(choice.Table).Append("  ")
                .Append(choice.All ? "all" : "ids " + string.Join(", ", choice.Ids)).Append('\n');
        }

        var schemaOnly = view.Items.Where(k => k.Kind == ItemKind.Table && !view.Records.ContainsKey(k.Name)).ToArray();
        if (schemaOnly.Length > 0 && view.Records.Count > 0)
        {
            text.Append("Schema only: ").Append(string.Join(", ", schemaOnly)).Append('\n');
        }
    }
}

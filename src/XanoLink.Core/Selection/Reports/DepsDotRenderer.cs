using System.Text;
using XanoLink.Model;

namespace XanoLink.Selection.Reports;

/// <summary>A Graphviz digraph: a cluster per kind, roots filled blue, the others amber and dashed, edges labelled.</summary>
public static class DepsDotRenderer
{
    public static string Render(DepsView view)
    {
        var text = new StringBuilder("digraph deps {\n");
        text.Append("  rankdir=LR;\n");
        text.Append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
        text.Append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        foreach (var group in view.Items.GroupBy(k => k.Kind))
        {
            text.Append("  subgraph cluster_").Append(group.Key.Prefix()).Append(" {\n");
            text.Append("    label=").Append(Quote(KindTitles.Of(group.Key))).Append(";\n");
            foreach (var key in group)
            {
                text.Append("    ").Append(Quote(key.ToString())).Append(view.IsRoot(key)
                    ? " [fillcolor=\"#dbeafe\"];\n"
                    : " [fillcolor=\"#fef3c7\", style=\"rounded,filled,dashed\"];\n");
            }

            text.Append("  }\n");
        }

        foreach (var edge in view.Edges)
        {
            text.Append("  ").Append(Quote(edge.From.ToString())).Append(" -> ").Append(Quote(edge.To.ToString()))
                .Append(" [label=").Append(Quote(edge.Via)).Append("];\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

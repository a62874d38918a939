using System.Text;
using XanoLink.Model;

namespace XanoLink.Selection.Reports;

/// <summary>
/// A Mermaid <c>flowchart LR</c>: a subgraph per kind, an edge per reference (labelled with what it is),
/// roots and the others told apart by class. Node ids are n1, n2... in key order, so any name is safe;
/// labels are quoted with <c>"</c> written as <c>#quot;</c>.
/// </summary>
public static class DepsMermaidRenderer
{
    public static string Render(DepsView view)
    {
        var ids = view.Items.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => $"n{x.i + 1}");
        var (rootClass, otherClass) = Classes(view);
        var text = new StringBuilder("flowchart LR\n");
        foreach (var group in view.Items.GroupBy(k => k.Kind))
        {
            text.Append("  subgraph k_").Append(group.Key.Prefix()).Append("[\"").Append(KindTitles.Of(group.Key)).Append("\"]\n");
            foreach (var key in group)
            {
                text.Append("    ").Append(ids[key]).Append("[\"").Append(Escape(key.ToString())).Append("\"]\n");
            }

            text.Append("  end\n");
        }

        foreach (var edge in view.Edges)
        {
            text.Append("  ").Append(ids[edge.From]).Append(" -->|\"").Append(Escape(edge.Via)).Append("\"| ").Append(ids[edge.To]).Append('\n');
        }

        text.Append("  classDef ").Append(rootClass).Append(" fill:#dbeafe,stroke:#1e40af,color:#111\n");
        text.Append("  classDef ").Append(otherClass).Append(" fill:#fef3c7,stroke:#b45309,stroke-dasharray:4 2,color:#111\n");
        AppendClass(text, view.Roots.Select(k => ids[k]), rootClass);
        AppendClass(text, view.Others.Select(k => ids[k]), otherClass);
        return text.ToString();
    }

    internal static (string Root, string Other) Classes(DepsView view) =>
        view.Reverse ? ("given", "dependent") : ("chosen", "auto");

    private static void AppendClass(StringBuilder text, IEnumerable<string> ids, string name)
    {
        var list = string.Join(",", ids);
        if (list.Length > 0)
        {
            text.Append("  class ").Append(list).Append(' ').Append(name).Append('\n');
        }
    }

    private static string Escape(string label) => label.Replace("\"", "#quot;", StringComparison.Ordinal);
}

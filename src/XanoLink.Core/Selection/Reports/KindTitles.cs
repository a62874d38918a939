using XanoLink.Model;

namespace XanoLink.Selection.Reports;

/// <summary>Group titles of the graph formats: one cluster per kind.</summary>
internal static class KindTitles
{
    public static string Of(ItemKind kind) => kind.Title();
}

using XanoLink.Files;
using XanoLink.Json;
using XanoLink.Loading;
using XanoLink.Model;
using XanoLink.Testing;
using XanoLink.Validation;

namespace XanoLink.Core.Tests.Schemas;

/// <summary>example-source-workspace/ is what users copy and what demos start from: valid, canonical and visibly partial in what it publishes.</summary>
public sealed class ExampleWorkspaceTests
{
    private static ValidationReport Report() => WorkspaceValidation.Run(new FolderFileSource(RepositoryRoot.Combine("example-source-workspace")));

    [Fact]
    public void The_example_workspace_validates_without_any_diagnostic()
    {
        var report = Report();
        Assert.True(report.Diagnostics.Count == 0, string.Join("\n", report.Diagnostics));
    }

    [Fact]
    public void Every_example_file_is_byte_for_byte_canonical()
    {
        var (workspace, diagnostics) = WorkspaceLoader.Load(new FolderFileSource(ExampleFiles.Root));
        Assert.Empty(diagnostics);
        var expected = new List<(string Path, byte[] Canonical)>();
        expected.AddRange(workspace.Objects.Select(o => (o.Path, CanonicalJson.ToBytes(o.Json))));
        expected.AddRange(workspace.Records.Values.Select(r => (r.Path, CanonicalJson.RecordsToBytes(r.Records.Select(e => e.Json)))));
        expected.Add((workspace.Manifest!.Path, CanonicalJson.ToBytes(workspace.Manifest.Json)));
        expected.Add(("workspace.json", CanonicalJson.ToBytes(workspace.Info!.Json)));

        Assert.Equal(ExampleFiles.Json.Concat(ExampleFiles.Records).Order(StringComparer.Ordinal), expected.Select(e => e.Path).Order(StringComparer.Ordinal));
        foreach (var (path, canonical) in expected)
        {
            Assert.True(File.ReadAllBytes(ExampleFiles.FullPath(path)).AsSpan().SequenceEqual(canonical), $"{path} is not in canonical form; run xanolink format -w example-source-workspace");
        }
    }

    [Fact]
    public void The_manifest_selects_part_of_the_workspace_and_closes_it_over_dependencies()
    {
        var selection = Report().Selection!;
        var selected = selection.Selected.Select(k => k.ToString()).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("api:orders/create", selected);
        Assert.Contains("function:billing/tax_rate", selected);
        Assert.DoesNotContain("api:auth/signup", selected);
        Assert.DoesNotContain("function:auth/issue_token", selected);
        Assert.DoesNotContain("task:weekly_sales_report", selected);

        // Reached only through references: an endpoint's auth table, a step's function and addons.
        var auto = selection.AutoIncluded.ToDictionary(a => a.Item.ToString(), a => a.RequiredBy.Select(k => k.ToString()).ToArray(), StringComparer.Ordinal);
        Assert.Contains("api:orders/create", auto["table:user"]);
        Assert.Contains("api:orders/create", auto["function:orders/validate_items"]);
        Assert.Contains("api:products/get", auto["addon:product_reviews"]);
        // Every kind of format.md (the kinds XanoScript added have no object in the JSON example).
        var kinds = ItemKinds.Includable.Where(k => k <= ItemKind.Trigger).ToArray();
        Assert.Equal(kinds.Length, kinds.Count(k => selection.Selected.Any(s => s.Kind == k)));
    }
}

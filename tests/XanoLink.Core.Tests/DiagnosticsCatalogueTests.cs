using XanoLink.Diagnostics;
using XanoLink.Testing;

namespace XanoLink.Core.Tests;

public sealed class DiagnosticsCatalogueTests
{
    [Fact]
    public void Every_code_is_unique_and_documented_with_its_title_and_severity()
    {
        var docs = File.ReadAllText(RepositoryRoot.Combine("docs", "diagnostics.md"));
        Assert.Equal(DiagnosticCatalog.All.Count, DiagnosticCatalog.All.Select(d => d.Code).Distinct().Count());
        foreach (var descriptor in DiagnosticCatalog.All)
        {
            Assert.Contains($"### {descriptor.Code}: {descriptor.Title}\n\nSeverity: {(descriptor.Severity == Severity.Error ? "error" : "warning")}.", docs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_docs_name_no_code_the_catalogue_lacks()
    {
        var docs = File.ReadAllLines(RepositoryRoot.Combine("docs", "diagnostics.md"));
        var documented = docs.Where(l => l.StartsWith("### XL", StringComparison.Ordinal)).Select(l => l[4..10]);
        Assert.Empty(documented.Except(DiagnosticCatalog.All.Select(d => d.Code)));
    }
}

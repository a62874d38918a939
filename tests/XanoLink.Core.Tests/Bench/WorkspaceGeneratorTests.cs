using XanoLink.Bench.Generation;
using XanoLink.Files;
using XanoLink.Model;
using XanoLink.Selection;
using XanoLink.Validation;

namespace XanoLink.Core.Tests.Bench;

public sealed class WorkspaceGeneratorTests
{
    [Theory]
    [InlineData(50, 1)]
    [InlineData(50, 2)]
    [InlineData(2_000, 1)]
    [InlineData(2_000, 7)]
    public void A_generated_workspace_validates_without_a_single_diagnostic(int objects, int seed)
    {
        var report = WorkspaceValidation.Run(new MemoryFileSource(WorkspaceGenerator.Generate(objects, seed)));

        Assert.Empty(report.Diagnostics);
        Assert.Equal(objects, report.Workspace.Objects.Count);
        Assert.NotNull(report.Selection);
    }

    [Fact]
    public void The_same_size_and_seed_give_the_same_bytes_and_another_seed_does_not()
    {
        var first = WorkspaceGenerator.Generate(300, 5);
        var second = WorkspaceGenerator.Generate(300, 5);
        var other = WorkspaceGenerator.Generate(300, 6);

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, kv => Assert.Equal(kv.Value, second[kv.Key]));
        Assert.Contains(first, kv => !other.TryGetValue(kv.Key, out var bytes) || !bytes.AsSpan().SequenceEqual(kv.Value));
    }

    [Fact]
    public void The_mix_has_every_kind_records_table_references_folders_and_function_cycles()
    {
        var workspace = WorkspaceValidation.Run(new MemoryFileSource(WorkspaceGenerator.Generate(2_000, 3))).Workspace;
        int Share(ItemKind kind) => workspace.OfKind(kind).Count() * 100 / workspace.Objects.Count;

        Assert.Equal(15, Share(ItemKind.Table));
        Assert.Equal(35, Share(ItemKind.Api));
        Assert.InRange(Share(ItemKind.Function), 28, 32);
        // The generator writes format.md's kinds; the kinds XanoScript added have their own corpus tests.
        Assert.All(ItemKinds.All.Where(k => k <= ItemKind.Trigger), kind => Assert.NotEmpty(workspace.OfKind(kind)));
        Assert.NotEmpty(workspace.Records);
        Assert.Contains(workspace.OfKind(ItemKind.Function), f => f.Name.Contains('/', StringComparison.Ordinal));

        var graph = DependencyGraph.Build(workspace);
        Assert.Contains(workspace.OfKind(ItemKind.Table), t => graph.DependenciesOf(t.Key).Any(r => r.To.Kind == ItemKind.Table));
        var cycles = workspace.OfKind(ItemKind.Function)
            .Count(f => graph.DependenciesOf(f.Key).Any(r => r.To.Kind == ItemKind.Function && graph.Path(r.To, f.Key) is not null));
        Assert.InRange(cycles, 2, 200);
    }

    [Fact]
    public void The_manifest_selects_about_a_fifth_of_the_endpoints_explicitly()
    {
        var report = WorkspaceValidation.Run(new MemoryFileSource(WorkspaceGenerator.Generate(2_000, 1)));
        var endpoints = report.Workspace.OfKind(ItemKind.Api).Count();
        var chosen = report.Selection!.Explicit.Count(k => k.Kind == ItemKind.Api);

        Assert.InRange(chosen * 100 / endpoints, 15, 25);
        Assert.NotEmpty(report.Selection.AutoIncluded);
    }
}

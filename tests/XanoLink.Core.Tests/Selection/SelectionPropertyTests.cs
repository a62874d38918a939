using CsCheck;
using XanoLink.Files;
using XanoLink.Loading;
using XanoLink.Manifest;
using XanoLink.Model;
using XanoLink.Selection;

namespace XanoLink.Core.Tests.Selection;

/// <summary>Random workspaces of functions calling functions and using tables (which reference tables): the selection's laws.</summary>
public sealed class SelectionPropertyTests
{
    private sealed record Shape(int[][] Calls, int[][] Uses, int[][] TableRefs, bool[] PickFunctions, bool[] PickTables, int Seed);

    private static readonly Gen<Shape> Shapes =
        from functions in Gen.Int[1, 9]
        from tables in Gen.Int[1, 6]
        from calls in Gen.Int[0, functions - 1].Array[0, 3].Array[functions]
        from uses in Gen.Int[0, tables - 1].Array[0, 2].Array[functions]
        from refs in Gen.Int[0, tables - 1].Array[0, 2].Array[tables]
        from pickF in Gen.Bool.Array[functions]
        from pickT in Gen.Bool.Array[tables]
        from seed in Gen.Int
        select new Shape(calls, uses, refs, pickF, pickT, seed);

    // Names with folders, so sorting by path and by name differ.
    private static string FunctionName(int i) => i % 3 == 0 ? $"f{i}" : $"g{i % 2}/f{i}";

    private static string TableName(int i) => $"t{i}";

    private static Dictionary<string, string> Files(Shape shape)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["workspace.json"] = """{ "guid": "ws", "name": "prop:source" }""",
        };
        for (var t = 0; t < shape.TableRefs.Length; t++)
        {
            var fields = string.Concat(shape.TableRefs[t].Select((r, j) => $$""", { "name": "r{{j}}", "type": "int", "table": "{{TableName(r)}}" }"""));
            files[$"tables/{TableName(t)}.json"] = $$"""{ "guid": "t{{t}}", "name": "{{TableName(t)}}", "fields": [ { "name": "id", "type": "int" }{{fields}} ] }""";
        }

        for (var f = 0; f < shape.Calls.Length; f++)
        {
            var steps = shape.Calls[f].Select(c => $$"""{ "op": "function.run", "function": "{{FunctionName(c)}}" }""")
                .Concat(shape.Uses[f].Select(t => $$"""{ "op": "conditional", "if": "$x", "then": [ { "op": "db.get", "table": "{{TableName(t)}}" } ] }"""));
            files[$"functions/{FunctionName(f)}.json"] = $$"""{ "guid": "f{{f}}", "name": "{{FunctionName(f)}}", "steps": [ {{string.Join(", ", steps)}} ] }""";
        }

        var chosenF = Enumerable.Range(0, shape.PickFunctions.Length).Where(i => shape.PickFunctions[i]).Select(i => $"\"{FunctionName(i)}\"");
        var chosenT = Enumerable.Range(0, shape.PickTables.Length).Where(i => shape.PickTables[i]).Select(i => $"\"{TableName(i)}\"");
        files["xanolink.json"] = $$"""{ "include": { "functions": [{{string.Join(", ", chosenF)}}], "tables": [{{string.Join(", ", chosenT)}}] } }""";
        return files;
    }

    private static (Workspace Workspace, XanoLink.Selection.Selection Selection) Select(IFileSource source)
    {
        var (workspace, diagnostics) = WorkspaceLoader.Load(source);
        Assert.Empty(diagnostics);
        var (manifest, _) = ManifestReader.Read(workspace.Manifest!);
        var (selection, selectionDiagnostics) = Selector.Select(workspace, manifest);
        Assert.Empty(selectionDiagnostics);
        return (workspace, selection);
    }

    [Fact]
    public void The_selection_is_closed_every_dependency_of_a_selected_item_is_selected() =>
        Shapes.Sample(shape =>
        {
            var (workspace, selection) = Select(MemoryFileSource.FromText(Files(shape)));
            var graph = DependencyGraph.Build(workspace);
            foreach (var key in selection.Selected)
            {
                Assert.All(graph.DependenciesOf(key), edge => Assert.True(selection.Contains(edge.To), $"{key} needs {edge.To}"));
            }
        }, iter: 300);

    [Fact]
    public void The_selection_is_minimal_every_auto_included_item_is_reachable_from_a_chosen_one() =>
        Shapes.Sample(shape =>
        {
            var (workspace, selection) = Select(MemoryFileSource.FromText(Files(shape)));
            var graph = DependencyGraph.Build(workspace);
            var reachable = graph.Closure(selection.Explicit);
            Assert.Equal(reachable.Order().ToArray(), selection.Selected.ToArray());
            foreach (var auto in selection.AutoIncluded)
            {
                Assert.NotEmpty(auto.RequiredBy);
                Assert.All(auto.RequiredBy, by => Assert.True(selection.Contains(by)));
                Assert.DoesNotContain(auto.Item, selection.Explicit);
            }
        }, iter: 300);

    [Fact]
    public void The_selection_is_the_same_whatever_the_file_order() =>
        Shapes.Sample(shape =>
        {
            var files = Files(shape);
            var (_, sorted) = Select(MemoryFileSource.FromText(files));
            var (_, other) = Select(new ShuffledFileSource(MemoryFileSource.FromText(files), shape.Seed));
            Assert.Equal(Describe(sorted), Describe(other));
        }, iter: 200);

    private static string Describe(XanoLink.Selection.Selection selection) =>
        string.Join("\n", selection.Selected) + "\n--\n" + string.Join("\n", selection.AutoIncluded.Select(a =>
            $"{a.Item} <- {string.Join(",", a.RequiredBy)} [{string.Join(";", a.Reasons.Select(r => $"{r.Via}@{r.Position}"))}]"));

    /// <summary>Hands the loader its files in a random order, to show nothing depends on the order a source lists them.</summary>
    private sealed class ShuffledFileSource(IFileSource inner, int seed) : IFileSource
    {
        public string Description => inner.Description;

        public IReadOnlyList<SourceFile> Files()
        {
            var files = inner.Files().ToArray();
            new Random(seed).Shuffle(files);
            return files;
        }
    }
}

using XanoLink.Files;
using XanoLink.Testing;
using XanoLink.Validation;

namespace XanoLink.Core.Tests.Validation;

/// <summary>Symbolic links are followed only to where the system really goes, inside the workspace, and never written through.</summary>
public sealed class SymlinkTests
{
    private const string Table = """{ "guid": "t", "name": "secret", "fields": [ { "name": "id", "type": "int" } ] }""";

    private static TempDirectory Workspace()
    {
        var temp = new TempDirectory();
        temp.Write("workspace.json", """{ "guid": "w", "name": "w" }""");
        return temp;
    }

    [Fact]
    public void A_kind_folder_that_links_out_of_the_workspace_is_an_error_not_silently_empty()
    {
        using var outside = new TempDirectory();
        outside.Write("secret.json", Table);
        using var temp = Workspace();
        Directory.CreateSymbolicLink(temp.Combine("tables"), outside.Path);

        var report = WorkspaceValidation.Run(new FolderFileSource(temp.Path));

        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(("XL1006", "tables"), (d.Code, d.File));
        Assert.Empty(report.Workspace.Objects);
    }

    [Fact]
    public void A_top_level_folder_that_links_out_and_holds_no_workspace_files_stays_ignored()
    {
        using var outside = new TempDirectory();
        using var temp = Workspace();
        Directory.CreateSymbolicLink(temp.Combine("docs"), outside.Path);

        Assert.Empty(WorkspaceValidation.Run(new FolderFileSource(temp.Path)).Diagnostics);
    }

    [Fact]
    public void A_link_to_a_link_that_leaves_the_workspace_is_refused_and_its_target_never_read()
    {
        using var outside = new TempDirectory();
        var secret = outside.Write("secret.json", Table);
        using var temp = Workspace();
        temp.Write("tables/.keep", "");
        File.CreateSymbolicLink(temp.Combine("hop.json"), secret);
        File.CreateSymbolicLink(temp.Combine("tables", "secret.json"), "../hop.json");

        var report = WorkspaceValidation.Run(new FolderFileSource(temp.Path));

        Assert.Contains(report.Diagnostics, d => (d.Code, d.File) == ("XL1006", "tables/secret.json"));
        Assert.Empty(report.Workspace.Objects);
    }

    [Fact]
    public void A_relative_link_under_a_linked_folder_resolves_from_where_it_really_is()
    {
        // functions/a/shared -> ../../shared; shared/x.json -> ../../secret.json. Read from the path functions/a/shared
        // the target looks like functions/secret.json, inside; from where the folder really is, it is outside.
        using var parent = new TempDirectory();
        var root = Path.Combine(parent.Path, "ws");
        Directory.CreateDirectory(Path.Combine(root, "functions", "a"));
        Directory.CreateDirectory(Path.Combine(root, "shared"));
        File.WriteAllText(Path.Combine(root, "workspace.json"), """{ "guid": "w", "name": "w" }""");
        File.WriteAllText(Path.Combine(parent.Path, "secret.json"), """{ "guid": "f", "name": "a/shared/x", "steps": [] }""");
        Directory.CreateSymbolicLink(Path.Combine(root, "functions", "a", "shared"), "../../shared");
        File.CreateSymbolicLink(Path.Combine(root, "shared", "x.json"), "../../secret.json");

        var report = WorkspaceValidation.Run(new FolderFileSource(root));

        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(("XL1006", "functions/a/shared/x.json"), (d.Code, d.File));
        Assert.Empty(report.Workspace.Objects);
    }

    [Fact]
    public void A_folder_link_that_loops_back_is_reported_once_not_walked_without_end()
    {
        using var temp = Workspace();
        temp.Write("functions/calc.json", """{ "guid": "f", "name": "calc", "steps": [] }""");
        Directory.CreateSymbolicLink(temp.Combine("functions", "again"), "..");
        Directory.CreateSymbolicLink(temp.Combine("functions", "self"), ".");

        var files = new FolderFileSource(temp.Path).Files();

        Assert.Equal(["functions/again", "functions/calc.json", "functions/self", "workspace.json"], files.Select(f => f.Path));
        Assert.All(files.Where(f => f.Path.EndsWith("again", StringComparison.Ordinal) || f.Path.EndsWith("self", StringComparison.Ordinal)), f => Assert.NotNull(f.LinkProblem));
    }

    [Fact]
    public void Writing_a_file_that_is_a_symlink_is_refused_and_its_target_untouched()
    {
        using var outside = new TempDirectory();
        var target = outside.Write("victim.txt", "keep me\n");
        using var temp = Workspace();
        File.CreateSymbolicLink(temp.Combine(".gitattributes"), target);

        var error = Assert.Throws<UnsafeWriteException>(() => WorkspaceFileWriter.WriteAllText(temp.Path, temp.Combine(".gitattributes"), "x\n"));

        Assert.Equal(("XL1052", ".gitattributes"), (error.Diagnostic.Code, error.Diagnostic.File));
        Assert.StartsWith(".gitattributes: error XL1052: refusing to write .gitattributes: it is a symbolic link", error.Message, StringComparison.Ordinal);
        Assert.Equal("keep me\n", File.ReadAllText(target));
    }

    [Fact]
    public void Writing_under_a_folder_that_links_out_of_the_workspace_is_refused()
    {
        using var outside = new TempDirectory();
        using var temp = Workspace();
        Directory.CreateSymbolicLink(temp.Combine("conf"), outside.Path);

        var problem = WorkspaceFileWriter.Problem(temp.Path, temp.Combine("conf", "xanolink.json"));

        Assert.Equal("XL1052", problem?.Code);
        Assert.Contains("outside the workspace", problem!.Message, StringComparison.Ordinal);
        Assert.Throws<UnsafeWriteException>(() => WorkspaceFileWriter.WriteAllText(temp.Path, temp.Combine("conf", "xanolink.json"), "{}"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside.Path));
    }

    [Fact]
    public void A_plain_file_is_replaced_whole_and_no_temporary_file_is_left()
    {
        using var temp = Workspace();
        var file = temp.Write("xanolink.json", "{ \"old\": true }");

        WorkspaceFileWriter.WriteAllText(temp.Path, file, "{}\n");

        Assert.Equal("{}\n", File.ReadAllText(file));
        Assert.Equal(["workspace.json", "xanolink.json"], Directory.EnumerateFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}

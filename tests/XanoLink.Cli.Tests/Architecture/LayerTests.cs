using XanoLink.Cli;
using XanoLink.Testing;

namespace XanoLink.Cli.Tests.Architecture;

/// <summary>architecture.md's layers, checked on what the compiler produced: Core knows no Git and no MSBuild, the CLI no Git library.</summary>
public sealed class LayerTests
{
    [Fact]
    public void The_command_line_assembly_does_not_reference_the_git_library()
    {
        var references = typeof(CliApp).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToArray();

        Assert.Contains("XanoLink.Git", references);
        Assert.DoesNotContain("LibGit2Sharp", references);
    }

    [Fact]
    public void The_command_line_sources_do_not_name_the_git_library()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src", "XanoLink.Cli"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        Assert.Empty(sources.Where(f => File.ReadAllText(f).Contains("LibGit2Sharp", StringComparison.Ordinal)).Select(f => Path.GetRelativePath(RepositoryRoot.Path, f)));
    }

    [Fact]
    public void Core_references_neither_git_nor_msbuild()
    {
        var references = typeof(XanoLink.Model.Workspace).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.DoesNotContain(references, r => r.StartsWith("LibGit2Sharp", StringComparison.Ordinal) || r.StartsWith("Microsoft.Build", StringComparison.Ordinal) || r == "XanoLink.Git");
    }
}

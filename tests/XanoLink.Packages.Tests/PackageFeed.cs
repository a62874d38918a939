using XanoLink.Testing;

namespace XanoLink.Packages.Tests;

/// <summary>
/// The repository packed once, with a version never seen before, into a temporary feed; and a temporary "machine" to use it
/// on: a nuget.config listing the feed and nuget.org, a private NuGet packages folder (nothing reaches the user's cache),
/// empty Directory.Build.* files (nothing above the temp folder leaks in). Packing is lazy, so skipped tests cost nothing.
/// </summary>
public sealed class PackageFeed : IDisposable
{
    private readonly TempDirectory root = new("xanolink-e2e");
    private readonly Lazy<string> feed;

    public PackageFeed()
    {
        Version = $"0.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}";
        Environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = root.Combine("packages") };
        feed = new Lazy<string>(Pack, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Version { get; }

    /// <summary>The folder consumers work in (holds nuget.config); make each test's folders under it.</summary>
    public string Machine => root.Combine("machine");

    public string NuGetConfig => root.Combine("machine", "nuget.config");

    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The feed folder, packing on first use.</summary>
    public string Folder => feed.Value;

    public string PackagePath(string id) => Path.Combine(Folder, $"{id}.{Version}.nupkg");

    /// <summary>Runs a command as a user of the packages would: in <paramref name="workingDirectory"/>, private NuGet folder.</summary>
    internal ProcessResult Run(string workingDirectory, string fileName, params string[] arguments)
    {
        _ = Folder;
        return ChildProcess.Run(workingDirectory, Environment, fileName, arguments);
    }

    public void Dispose() => root.Dispose();

    private string Pack()
    {
        var folder = root.Combine("feed");
        // Packed from the build these tests were built with (their project references the packable projects), so nothing is
        // compiled again: the slowest step of these tests on a busy machine. The same configuration as the test assembly's.
        var configuration = typeof(PackageFeed).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;
        var pack = ChildProcess.Run(RepositoryRoot.Path, new Dictionary<string, string>(), "dotnet",
            "pack", "XanoLink.sln", "--no-build", "-c", configuration, "-nologo", "-tl:off", "-v:q", "-nodeReuse:false",
            $"-p:Version={Version}", "-o", folder);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.DoesNotContain("warning", pack.Output, StringComparison.OrdinalIgnoreCase);

        // The user's NuGet cache as a read-only fallback: packages it already holds (the NoTargets SDK...) are not downloaded
        // again into the private folder; this run's own packages, a version never seen before, still come from the feed.
        var userPackages = System.Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        root.Write("machine/nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="xanolink-e2e" value="{folder}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="user" value="{userPackages}" />
              </fallbackPackageFolders>
            </configuration>
            """);
        root.Write("machine/Directory.Build.props", "<Project />\n");
        root.Write("machine/Directory.Build.targets", "<Project />\n");
        root.Write("machine/Directory.Packages.props", "<Project />\n");
        return folder;
    }
}

[CollectionDefinition(Name)]
public sealed class PackageTests : ICollectionFixture<PackageFeed>
{
    public const string Name = "Packages";

    /// <summary>The trait that selects these tests: <c>dotnet test --filter Category=Packages</c>.</summary>
    public const string Trait = "Category";

    public const string TraitValue = "Packages";
}

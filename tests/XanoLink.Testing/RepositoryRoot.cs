namespace XanoLink.Testing;

/// <summary>This repository's top folder (the one holding XanoLink.sln), for tests that use the example workspace or schemas.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "XanoLink.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("XanoLink.sln not found above " + AppContext.BaseDirectory);
    }
}

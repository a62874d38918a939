using XanoLink.Bench.Generation;

namespace XanoLink.Bench;

/// <summary>generate: writes a synthetic workspace to a folder.</summary>
internal static class GenerateCommand
{
    public static int Run(Arguments args)
    {
        var objects = args.Int("objects", 1000);
        var seed = args.Int("seed", 1);
        if (args.Text("out") is not { } output)
        {
            Console.Error.WriteLine("generate needs --out DIR");
            return 2;
        }

        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            Console.Error.WriteLine($"{output} is not empty; choose an empty or new folder");
            return 2;
        }

        var files = WorkspaceGenerator.Generate(objects, seed);
        WorkspaceWriter.Write(output, files);
        Console.WriteLine($"wrote {files.Count:N0} files ({files.Values.Sum(f => (long)f.Length):N0} bytes) for {objects:N0} objects, seed {seed}, to {Path.GetFullPath(output)}");
        return 0;
    }
}

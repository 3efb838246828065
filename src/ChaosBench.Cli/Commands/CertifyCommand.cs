using System.CommandLine;
using System.Globalization;
using ChaosBench.Cli.Sharding;
using ChaosBench.Reports;
using ChaosBench.Reports.Certificate;
using ChaosBench.Reports.Merge;

namespace ChaosBench.Cli.Commands;

/// <summary>
/// <c>chaosbench certify FILES|DIRS [--out DIR] [run's options]</c>: runs every scenario and matrix expansion into a
/// fresh folder and writes the certificate there; <c>chaosbench certify --verify DIR</c> checks that nothing in it changed.
/// </summary>
internal static class CertifyCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("scenarios") { Description = "Scenario files, or folders searched for *.yaml; a matrix file runs once per combination.", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string>("--out") { Description = "A new or empty folder for the runs and the certificate (default: runs/<stamp>-certificate)." };
        var verify = new Option<string>("--verify") { Description = "Check a certificate's folder instead: hash every file again and name each changed, missing or added one." };
        var suite = new SuiteRun();
        var certify = new Command("certify", "Run scenarios (every matrix combination) and write certificate.md, certificate.html and certificate.json with the SHA-256 of every artifact; or --verify one.") { paths, output, verify };
        suite.AddTo(certify);
        certify.SetAction(async (parse, ct) =>
        {
            var (files, folder) = (parse.GetValue(paths) ?? [], parse.GetValue(verify));
            return (files.Length, folder) switch
            {
                (0, null) => Cli.Fail("certify needs scenarios to run, or --verify DIR; fix: e.g. ./chaosbench certify scenarios/matrix", ExitCodes.Invalid),
                (> 0, not null) => Cli.Fail("--verify checks a certificate and runs nothing; fix: drop the scenarios, or drop --verify", ExitCodes.Invalid),
                (0, not null) => Verify(folder),
                _ => await RunAsync(parse, suite, files, parse.GetValue(output) ?? DefaultOut(), ct),
            };
        });
        return certify;
    }

    private static async Task<int> RunAsync(ParseResult parse, SuiteRun suite, string[] paths, string folder, CancellationToken ct)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return Cli.Fail($"--out '{folder}' is not empty, and a certificate covers every file in its folder; fix: name a new folder", ExitCodes.Invalid);
        }

        var files = ScenarioArguments.Files(paths, out var valid);

        // A certificate must not depend on what happens to be unset where it was made.
        var scenarios = ScenarioArguments.Load(files, strictVariables: true, allowHost: suite.AllowHost(parse));
        var exit = await suite.RunAsync(parse, valid && scenarios is not null ? new ScenarioSelection(scenarios, scenarios) : null, folder, ct);
        var (runs, errors) = RunFolders.Read([folder]);
        if (exit == ExitCodes.Invalid || runs.Count == 0)
        {
            return exit;
        }

        if (errors.Count > 0)
        {
            errors.ToList().ForEach(e => Console.Error.WriteLine($"chaosbench: {e}"));
            return ExitCodes.Errored;
        }

        try
        {
            MergedReport.Write(folder, runs, [.. MergedReport.Default, .. Certificate.Writers(folder)]);
        }
        catch (ReportWriteException e)
        {
            return Cli.Fail(e.Message, ExitCodes.Errored);
        }

        var certificate = Path.Combine(folder, CertificateManifest.FileName);
        Console.WriteLine($"certificate: {Path.Combine(folder, "certificate.html")}");
        Console.WriteLine($"sha256 {CertificateManifest.Hash(certificate)}  {certificate}");
        Console.WriteLine($"  keep this hash: it is what vouches for {CertificateManifest.FileName}; check the rest with ./chaosbench certify --verify {folder}");
        return exit;
    }

    private static int Verify(string folder)
    {
        CertificateVerification result;
        try
        {
            result = Certificate.Verify(folder);
        }
        catch (InvalidDataException e)
        {
            return Cli.Fail(e.Message, ExitCodes.Invalid);
        }

        Console.WriteLine($"sha256 {result.CertificateHash}  {Path.Combine(folder, CertificateManifest.FileName)} (compare it with the hash printed when it was written)");
        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine($"chaosbench: {problem}");
        }

        Console.WriteLine(result.IsIntact ? "every file matches the certificate" : $"the certificate does NOT match: {result.Problems.Count()} files differ");
        return result.IsIntact ? ExitCodes.Passed : ExitCodes.Failed;
    }

    private static string DefaultOut() =>
        Path.Combine(RunFolder.DefaultBase, $"{TimeProvider.System.GetLocalNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-certificate");
}

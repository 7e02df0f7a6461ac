using System.Runtime.InteropServices;

namespace HealLink.Core.Matching.Embeddings.Onnx;

/// <summary>
/// ONNX Runtime loaded from a shared library at a configured path (tools/fetch-onnxruntime.sh puts 1.30.0 in
/// native/onnxruntime/), with its API table and the environment every session needs.
/// </summary>
/// <remarks>
/// ONNX Runtime keeps one environment per process and counts references to it, so a second instance shares the
/// first one's (and its logging level). The library itself is never unloaded: its thread pools and static state
/// do not survive <c>dlclose</c>, and the OS keeps one copy however often it is loaded.
/// </remarks>
public sealed unsafe class OnnxRuntimeLibrary : IDisposable
{
    // Any version up to 30 works with 1.30; we ask for the oldest that has every function we call, so an older
    // library would also do.
    private const uint ApiVersion = 17;
    private const int LogErrorsOnly = 3;
    private const int ArenaAllocator = 1;
    private const int DefaultMemory = 0;

    public OnnxRuntimeLibrary(string libraryPath)
    {
        if (!File.Exists(libraryPath))
        {
            throw new FileNotFoundException($"The ONNX Runtime library was not found at '{libraryPath}'.", libraryPath);
        }

        var library = NativeLibrary.Load(libraryPath);
        var getApiBase = (delegate* unmanaged<nint*>)NativeLibrary.GetExport(library, "OrtGetApiBase");
        var apiBase = getApiBase();
        var getApi = (delegate* unmanaged<uint, nint*>)apiBase[0];
        var getVersion = (delegate* unmanaged<byte*>)apiBase[1];
        Version = Marshal.PtrToStringUTF8((nint)getVersion()) ?? "";

        var table = getApi(ApiVersion);
        if (table == null)
        {
            throw new NotSupportedException(
                $"ONNX Runtime {Version} at '{libraryPath}' does not offer API version {ApiVersion}; use 1.17 or later.");
        }

        Api = new OrtApi(table);
        Env = CreateEnv(Api);
        nint memoryInfo;
        Api.Check(Api.CreateCpuMemoryInfo(ArenaAllocator, DefaultMemory, &memoryInfo), "CreateCpuMemoryInfo");
        CpuMemory = new OrtMemoryInfoHandle(Api, memoryInfo);
    }

    /// <summary>The library's own version string, e.g. "1.30.0".</summary>
    public string Version { get; }

    internal OrtApi Api { get; }

    internal OrtEnvHandle Env { get; }

    /// <summary>Describes our managed input buffers; read-only once made, so all sessions share it.</summary>
    internal OrtMemoryInfoHandle CpuMemory { get; }

    public OnnxSession OpenSession(string modelPath, OnnxSessionOptions? options = null) =>
        OnnxSession.Open(this, modelPath, options ?? new OnnxSessionOptions());

    public void Dispose()
    {
        CpuMemory.Dispose();
        Env.Dispose();
    }

    private static OrtEnvHandle CreateEnv(OrtApi api)
    {
        nint env;
        fixed (byte* logId = "HealLink\0"u8)
        {
            api.Check(api.CreateEnv(LogErrorsOnly, logId, &env), "CreateEnv");
        }

        return new OrtEnvHandle(api, env);
    }
}

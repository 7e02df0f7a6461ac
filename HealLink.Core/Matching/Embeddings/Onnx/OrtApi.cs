using System.Runtime.InteropServices;

namespace HealLink.Core.Matching.Embeddings.Onnx;

/// <summary>
/// The members of ONNX Runtime's <c>OrtApi</c> function table that we call. The table is only ever appended to,
/// so each index is fixed across versions (verified against 1.30; full order in shared/docs/ort-api-order.txt).
/// Every call returns an <c>OrtStatus*</c>: null on success, else an error that <see cref="Check"/> reads and frees.
/// C enums are int and size_t is nuint; strings are NUL-terminated UTF-8 (the model path is UTF-16 on Windows).
/// </summary>
internal sealed unsafe class OrtApi
{
    public OrtApi(nint* table)
    {
        GetErrorCode = (delegate* unmanaged<nint, int>)table[1];
        GetErrorMessage = (delegate* unmanaged<nint, byte*>)table[2];
        CreateEnv = (delegate* unmanaged<int, byte*, nint*, nint>)table[3];
        CreateSession = (delegate* unmanaged<nint, void*, nint, nint*, nint>)table[7];
        Run = (delegate* unmanaged<nint, nint, nint*, nint*, nuint, nint*, nuint, nint*, nint>)table[9];
        CreateSessionOptions = (delegate* unmanaged<nint*, nint>)table[10];
        SetSessionGraphOptimizationLevel = (delegate* unmanaged<nint, int, nint>)table[23];
        SetIntraOpNumThreads = (delegate* unmanaged<nint, int, nint>)table[24];
        SetInterOpNumThreads = (delegate* unmanaged<nint, int, nint>)table[25];
        SessionGetInputCount = (delegate* unmanaged<nint, nuint*, nint>)table[30];
        SessionGetOutputCount = (delegate* unmanaged<nint, nuint*, nint>)table[31];
        SessionGetInputName = (delegate* unmanaged<nint, nuint, nint, byte**, nint>)table[36];
        SessionGetOutputName = (delegate* unmanaged<nint, nuint, nint, byte**, nint>)table[37];
        CreateTensorWithDataAsOrtValue = (delegate* unmanaged<nint, void*, nuint, long*, nuint, int, nint*, nint>)table[49];
        GetTensorMutableData = (delegate* unmanaged<nint, void**, nint>)table[51];
        GetTensorElementType = (delegate* unmanaged<nint, int*, nint>)table[60];
        GetDimensionsCount = (delegate* unmanaged<nint, nuint*, nint>)table[61];
        GetDimensions = (delegate* unmanaged<nint, long*, nuint, nint>)table[62];
        GetTensorTypeAndShape = (delegate* unmanaged<nint, nint*, nint>)table[65];
        CreateCpuMemoryInfo = (delegate* unmanaged<int, int, nint*, nint>)table[69];
        AllocatorFree = (delegate* unmanaged<nint, void*, nint>)table[76];
        GetAllocatorWithDefaultOptions = (delegate* unmanaged<nint*, nint>)table[78];
        ReleaseEnv = (delegate* unmanaged<nint, void>)table[92];
        ReleaseStatus = (delegate* unmanaged<nint, void>)table[93];
        ReleaseMemoryInfo = (delegate* unmanaged<nint, void>)table[94];
        ReleaseSession = (delegate* unmanaged<nint, void>)table[95];
        ReleaseValue = (delegate* unmanaged<nint, void>)table[96];
        ReleaseTensorTypeAndShapeInfo = (delegate* unmanaged<nint, void>)table[99];
        ReleaseSessionOptions = (delegate* unmanaged<nint, void>)table[100];
        AddSessionConfigEntry = (delegate* unmanaged<nint, byte*, byte*, nint>)table[130];
    }

    internal delegate* unmanaged<nint, int> GetErrorCode { get; }
    internal delegate* unmanaged<nint, byte*> GetErrorMessage { get; }
    internal delegate* unmanaged<int, byte*, nint*, nint> CreateEnv { get; }
    internal delegate* unmanaged<nint, void*, nint, nint*, nint> CreateSession { get; }
    internal delegate* unmanaged<nint, nint, nint*, nint*, nuint, nint*, nuint, nint*, nint> Run { get; }
    internal delegate* unmanaged<nint*, nint> CreateSessionOptions { get; }
    internal delegate* unmanaged<nint, int, nint> SetSessionGraphOptimizationLevel { get; }
    internal delegate* unmanaged<nint, int, nint> SetIntraOpNumThreads { get; }
    internal delegate* unmanaged<nint, int, nint> SetInterOpNumThreads { get; }
    internal delegate* unmanaged<nint, nuint*, nint> SessionGetInputCount { get; }
    internal delegate* unmanaged<nint, nuint*, nint> SessionGetOutputCount { get; }
    internal delegate* unmanaged<nint, nuint, nint, byte**, nint> SessionGetInputName { get; }
    internal delegate* unmanaged<nint, nuint, nint, byte**, nint> SessionGetOutputName { get; }
    internal delegate* unmanaged<nint, void*, nuint, long*, nuint, int, nint*, nint> CreateTensorWithDataAsOrtValue { get; }
    internal delegate* unmanaged<nint, void**, nint> GetTensorMutableData { get; }
    internal delegate* unmanaged<nint, int*, nint> GetTensorElementType { get; }
    internal delegate* unmanaged<nint, nuint*, nint> GetDimensionsCount { get; }
    internal delegate* unmanaged<nint, long*, nuint, nint> GetDimensions { get; }
    internal delegate* unmanaged<nint, nint*, nint> GetTensorTypeAndShape { get; }
    internal delegate* unmanaged<int, int, nint*, nint> CreateCpuMemoryInfo { get; }
    internal delegate* unmanaged<nint, void*, nint> AllocatorFree { get; }
    internal delegate* unmanaged<nint*, nint> GetAllocatorWithDefaultOptions { get; }
    internal delegate* unmanaged<nint, void> ReleaseEnv { get; }
    internal delegate* unmanaged<nint, void> ReleaseStatus { get; }
    internal delegate* unmanaged<nint, void> ReleaseMemoryInfo { get; }
    internal delegate* unmanaged<nint, void> ReleaseSession { get; }
    internal delegate* unmanaged<nint, void> ReleaseValue { get; }
    internal delegate* unmanaged<nint, void> ReleaseTensorTypeAndShapeInfo { get; }
    internal delegate* unmanaged<nint, void> ReleaseSessionOptions { get; }
    internal delegate* unmanaged<nint, byte*, byte*, nint> AddSessionConfigEntry { get; }

    /// <summary>Throws <see cref="OrtException"/> for a failed status, after copying its message and releasing it.</summary>
    public void Check(nint status, string operation)
    {
        if (status == 0)
        {
            return;
        }

        var code = (OrtErrorCode)GetErrorCode(status);
        var message = Marshal.PtrToStringUTF8((nint)GetErrorMessage(status)) ?? "";
        ReleaseStatus(status);
        throw new OrtException(operation, code, message);
    }
}

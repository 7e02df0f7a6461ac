using System.Buffers;
using System.Runtime.InteropServices;

namespace HealLink.Core.Matching.Embeddings.Onnx;

/// <summary>Owns one ONNX Runtime object and releases it with the matching <c>Release*</c> function exactly once.</summary>
internal abstract unsafe class OrtHandle : SafeHandle
{
    private readonly delegate* unmanaged<nint, void> _release;

    protected OrtHandle(nint handle, delegate* unmanaged<nint, void> release)
        : base(0, ownsHandle: true)
    {
        _release = release;
        SetHandle(handle);
    }

    public override bool IsInvalid => handle == 0;

    protected override bool ReleaseHandle()
    {
        _release(handle);
        return true;
    }
}

internal sealed unsafe class OrtEnvHandle(OrtApi api, nint handle) : OrtHandle(handle, api.ReleaseEnv);

internal sealed unsafe class OrtSessionOptionsHandle(OrtApi api, nint handle) : OrtHandle(handle, api.ReleaseSessionOptions);

internal sealed unsafe class OrtMemoryInfoHandle(OrtApi api, nint handle) : OrtHandle(handle, api.ReleaseMemoryInfo);

/// <summary>
/// A session. Keeps alive what it uses (the environment, which ONNX Runtime requires to outlive every session, and
/// the memory info its inputs are made with), so disposing the library first cannot pull them from under a run.
/// </summary>
internal sealed unsafe class OrtSessionHandle : OrtHandle
{
    private readonly SafeHandle[] _dependencies;

    public OrtSessionHandle(OrtApi api, nint handle, params SafeHandle[] dependencies)
        : base(handle, api.ReleaseSession)
    {
        foreach (var dependency in dependencies)
        {
            var added = false;
            dependency.DangerousAddRef(ref added);
        }

        _dependencies = dependencies;
    }

    protected override bool ReleaseHandle()
    {
        base.ReleaseHandle();
        foreach (var dependency in _dependencies)
        {
            dependency.DangerousRelease();
        }

        return true;
    }
}

/// <summary>
/// A tensor value. One made over our own buffer (<c>CreateTensorWithDataAsOrtValue</c> does not copy) holds that
/// buffer's pin and lets go of it only after the value is released.
/// </summary>
internal sealed unsafe class OrtValueHandle(OrtApi api, nint handle, MemoryHandle pin = default)
    : OrtHandle(handle, api.ReleaseValue)
{
    private MemoryHandle _pin = pin;

    protected override bool ReleaseHandle()
    {
        base.ReleaseHandle();
        _pin.Dispose();
        return true;
    }
}

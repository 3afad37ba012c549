<!DOCTYPE html><html><head><title>${content.title}</title></head><body>${content.body}</body></html>
